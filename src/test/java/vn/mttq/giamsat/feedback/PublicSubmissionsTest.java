package vn.mttq.giamsat.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.errors.UserFacingException;

/**
 * The people's submission page behind the form: a submission arrives as a case received online
 * for the province to classify, and every refusal (closed page, failed person-check, too many from
 * one address, markup, oversized text, too many files, a forbidden file) stores nothing.
 */
@SpringBootTest
@Import(SignIn.class)
class PublicSubmissionsTest {

    static final byte[] PDF = "%PDF-1.7\n% Đơn phản ánh\n".getBytes(StandardCharsets.UTF_8);

    @Autowired PublicSubmissions submissions;
    @Autowired SubmissionSettings settings;
    @Autowired FeedbackCaseRepository cases;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired CaseLookup lookups;
    @Value("${app.attachments.dir}") Path dir;

    private final String address = "203.0.113." + (int) (Math.random() * 250);

    @AfterEach
    void cleanUp() {
        signIn.signOut();
        jdbc.update("DELETE FROM public_submission"); // no address keeps a count into another test
        jdbc.update("DELETE FROM public_lookup_miss");
    }

    /** A challenge shown ten seconds ago: answered "5", as a person would. */
    private static SubmissionChallenge shown() {
        return new SubmissionChallenge(2, 3, Instant.now().minusSeconds(10));
    }

    private static PublicSubmissions.Submission about(String content) {
        return new PublicSubmissions.Submission(CaseKind.REPORT, "", "", "UBND xã Tú Lý, huyện Đà Bắc", content, null, null, null, null);
    }

    private int caseCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM feedback_case", Integer.class);
    }

    private long storedFiles() throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void a_submission_arrives_as_a_case_received_online_for_the_province_with_its_file_and_no_address_kept() {
        String content = "Thu tiền đóng góp xây nhà văn hóa không có biên lai " + UUID.randomUUID();
        String code = submissions.submit(new PublicSubmissions.Submission(CaseKind.DENUNCIATION_WASTE, "Nguyễn Văn Lộc", "Trưởng thôn",
                        "thôn Suối Cái, xã Tú Lý", content, "Đinh Thị Hoa", null, "0987 654 321", null),
                List.of(new PublicSubmissions.SentFile("anh chup.pdf", PDF)), shown(), " năm ", address);

        FeedbackCase c = cases.findByReceiptCode(code).orElseThrow();
        assertThat(c.getStatus()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(c.getChannel()).isEqualTo(Channel.ONLINE);
        assertThat(c.isOnline()).isTrue();
        assertThat(c.isAnonymous()).isFalse();
        assertThat(c.getContent()).isEqualTo(content);
        assertThat(c.getFollowingUnitId()).isEqualTo(jdbc.queryForObject("SELECT id FROM unit WHERE code = 'HB'", Long.class));
        String rawName = jdbc.queryForObject("SELECT reporter_name FROM feedback_case WHERE id = ?", String.class, c.getId());
        assertThat(rawName).isNotBlank().doesNotContain("Hoa");
        assertThat(jdbc.queryForList("SELECT file_name FROM attachment WHERE owner_type = 'feedback-case' AND owner_id = ?", String.class,
                String.valueOf(c.getId()))).containsExactly("anh chup.pdf");
        assertThat(jdbc.queryForList("SELECT CONCAT(actor, '|', COALESCE(client_ip, '-')) FROM audit_log WHERE target_type = 'feedback-case'"
                + " AND target_id = ? AND action = 'CASE_RECEIVED'", String.class, String.valueOf(c.getId()))).containsExactly("gui-y-kien|-");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM public_submission WHERE address_key LIKE '%203.0.113%'", Integer.class))
                .as("the address is kept only as a keyed hash").isZero();
    }

    @Test
    void a_wrong_late_hurried_or_reused_answer_to_the_person_check_is_refused() {
        int before = caseCount();
        assertThatThrownBy(() -> submissions.submit(about("Nội dung"), List.of(), shown(), "6", address))
                .hasMessage("feedback.public.error.challenge");
        assertThatThrownBy(() -> submissions.submit(about("Nội dung"), List.of(), new SubmissionChallenge(2, 3, Instant.now()), "5", address))
                .as("sent within three seconds of being shown").hasMessage("feedback.public.error.challenge");
        assertThatThrownBy(() -> submissions.submit(about("Nội dung"), List.of(),
                new SubmissionChallenge(2, 3, Instant.now().minus(SubmissionChallenge.LIFETIME).minusSeconds(1)), "5", address))
                .hasMessage("feedback.public.error.challenge");
        SubmissionChallenge once = shown();
        submissions.submit(about("Lần gửi thứ nhất " + UUID.randomUUID()), List.of(), once, "5", address);
        assertThatThrownBy(() -> submissions.submit(about("Gửi lại bằng câu trả lời cũ"), List.of(), once, "5", address))
                .hasMessage("feedback.public.error.challenge");
        assertThat(caseCount()).isEqualTo(before + 1);
    }

    @Test
    void one_address_sends_at_most_the_hourly_limit_and_another_address_is_not_held_back() {
        int perHour = settings.current().perAddressHour();
        for (int i = 0; i < perHour; i++) {
            submissions.submit(about("Phản ánh số " + i + " " + UUID.randomUUID()), List.of(), shown(), "5", address);
        }
        int before = caseCount();
        assertThatThrownBy(() -> submissions.submit(about("Một lần nữa"), List.of(), shown(), "5", address))
                .isInstanceOf(UserFacingException.class).hasMessage("feedback.public.error.too-many");
        assertThat(caseCount()).isEqualTo(before);
        submissions.submit(about("Từ địa chỉ khác " + UUID.randomUUID()), List.of(), shown(), "5", "198.51.100.7");
        assertThat(caseCount()).isEqualTo(before + 1);
    }

    /** Issue 21, defect 6: five sends at once from an address with one send left. */
    @Test
    void simultaneous_sends_from_one_address_pass_the_limit_only_as_often_as_it_allows() throws Exception {
        int perHour = settings.current().perAddressHour();
        for (int i = 0; i < perHour - 1; i++) {
            submissions.submit(about("Phản ánh trước " + i + " " + UUID.randomUUID()), List.of(), shown(), "5", address);
        }
        int before = caseCount();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<Boolean>> sends = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String content = "Gửi cùng lúc " + i + " " + UUID.randomUUID();
            sends.add(pool.submit(() -> {
                start.await();
                try {
                    submissions.submit(about(content), List.of(), shown(), "5", address);
                    return true;
                } catch (UserFacingException refused) {
                    assertThat(refused.messageKey()).isEqualTo("feedback.public.error.too-many");
                    return false;
                }
            }));
        }
        start.countDown();
        int passed = 0;
        for (var send : sends) {
            passed += send.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(passed).as("sends that passed").isEqualTo(1);
        assertThat(caseCount()).isEqualTo(before + 1);
    }

    @Test
    void simultaneous_wrong_lookup_codes_are_each_counted() throws Exception {
        CaseLookup lookup = lookups;
        String from = "198.51.100." + (int) (Math.random() * 250);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> tries = new ArrayList<>();
        for (int i = 0; i < CaseLookup.WRONG_CODES_ALLOWED + 4; i++) {
            tries.add(pool.submit(() -> {
                start.await();
                try {
                    return lookup.find("SAI-0000-" + UUID.randomUUID().toString().substring(0, 4), from).isPresent() ? "found" : "missed";
                } catch (UserFacingException refused) {
                    return refused.messageKey();
                }
            }));
        }
        start.countDown();
        List<String> answers = new ArrayList<>();
        for (var t : tries) {
            answers.add(t.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(answers).as("wrong codes looked up before the address was refused").filteredOn("missed"::equals)
                .hasSize(CaseLookup.WRONG_CODES_ALLOWED);
        assertThat(answers).filteredOn("feedback.lookup.too-many"::equals).hasSize(4);
    }

    @Test
    void script_markup_oversized_text_too_many_files_and_a_forbidden_file_are_refused_and_store_nothing() throws IOException {
        int before = caseCount();
        long files = storedFiles();
        assertThatThrownBy(() -> submissions.submit(about("Xem <script>alert(1)</script>"), List.of(), shown(), "5", address))
                .hasMessage("feedback.public.error.markup");
        assertThatThrownBy(() -> submissions.submit(new PublicSubmissions.Submission(CaseKind.REPORT, "<img src=x onerror=alert(1)>", "", "",
                "Nội dung", null, null, null, null), List.of(), shown(), "5", address)).hasMessage("feedback.public.error.markup");
        assertThatThrownBy(() -> submissions.submit(about("Nội dung rất dài ".repeat(400)), List.of(), shown(), "5", address))
                .hasMessage("text.error.too-long");
        int maxFiles = settings.current().maxFiles();
        List<PublicSubmissions.SentFile> many = IntStream.rangeClosed(0, maxFiles)
                .mapToObj(i -> new PublicSubmissions.SentFile("tep" + i + ".pdf", PDF)).toList();
        assertThatThrownBy(() -> submissions.submit(about("Nhiều tệp"), many, shown(), "5", address)).hasMessage("feedback.public.error.files");
        byte[] program = "MZ\u0090\u0000 chương trình".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> submissions.submit(about("Kèm tệp lạ"), List.of(new PublicSubmissions.SentFile("anh.pdf", PDF),
                new PublicSubmissions.SentFile("anh.jpg", program)), shown(), "5", address)).hasMessage("attachment.error.type");
        byte[] big = new byte[settings.current().maxFileMegabytes() * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> submissions.submit(about("Tệp quá lớn"), List.of(new PublicSubmissions.SentFile("lon.pdf", big)), shown(),
                "5", address)).hasMessage("attachment.error.too-big");
        assertThat(caseCount()).isEqualTo(before);
        assertThat(storedFiles()).as("the first file of the refused submission went with the rollback").isEqualTo(files);
    }

    @Test
    void a_closed_page_refuses_and_only_an_administrator_opens_or_closes_it() {
        signIn.as("dcpl");
        SubmissionSettings.Settings now = settings.current();
        assertThatThrownBy(() -> settings.change(now)).isInstanceOf(AccessDeniedException.class);
        signIn.as("admin");
        SubmissionSettings.Settings closed = settings.change(new SubmissionSettings.Settings(false, now.perAddressHour(), now.perAddressDay(),
                now.maxFiles(), now.maxFileMegabytes(), now.version()));
        try {
            assertThatThrownBy(() -> settings.change(now)).as("a stale version").hasMessage("error.concurrent-edit");
            assertThatThrownBy(() -> settings.change(new SubmissionSettings.Settings(true, 5, 2, 3, 5, closed.version())))
                    .hasMessage("feedback.public.settings.error");
            signIn.signOut();
            int before = caseCount();
            assertThatThrownBy(() -> submissions.submit(about("Cổng đóng"), List.of(), shown(), "5", address))
                    .hasMessage("feedback.public.closed");
            assertThat(caseCount()).isEqualTo(before);
        } finally {
            signIn.as("admin");
            settings.change(new SubmissionSettings.Settings(true, now.perAddressHour(), now.perAddressDay(), now.maxFiles(),
                    now.maxFileMegabytes(), settings.current().version()));
        }
    }
}
