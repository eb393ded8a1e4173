package vn.mttq.giamsat.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.errors.UserFacingException;

/** Numbers of the outgoing-document register. */
@SpringBootTest
@Import(SignIn.class)
class DocumentRegisterTest {

    @Autowired DocumentRegister register;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
    }

    @Test
    void numbers_run_from_01_per_issuer_and_year_with_the_units_symbol() {
        signIn.as("admin");
        long mc = unit("HB-MC");
        register.setPattern(mc, "KH", "{số}/KH-MTTQ-MC");
        IssuedDocument first = register.issue(mc, "KH", "test-plan", "a", "Kế hoạch thử thứ nhất", LocalDate.of(2031, 1, 5));
        IssuedDocument second = register.issue(mc, "BC", "test-report", "b", "Báo cáo thử", LocalDate.of(2031, 3, 1));
        IssuedDocument nextYear = register.issue(mc, "KH", "test-plan", "c", "Kế hoạch năm sau", LocalDate.of(2032, 1, 2));
        assertThat(first.symbol()).isEqualTo("01/KH-MTTQ-MC");
        assertThat(second.symbol()).isEqualTo("02/BC-MTTQ"); // one series per year for all kinds; default pattern
        assertThat(nextYear.number()).isEqualTo(1);
        assertThat(register.entries(mc, 2031)).extracting(IssuedDocument::symbol).containsExactly("01/KH-MTTQ-MC", "02/BC-MTTQ");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'DOCUMENT_ISSUED' and details like '01/KH-MTTQ-MC%'",
                Long.class)).isPositive();
    }

    @Test
    void two_people_issuing_at_the_same_moment_get_two_different_numbers() throws Exception {
        long tl = unit("HB-TL");
        int issuers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(issuers);
        List<Future<IssuedDocument>> results = new ArrayList<>();
        for (int i = 0; i < issuers; i++) {
            int n = i;
            results.add(pool.submit(() -> {
                signIn.as("admin");
                start.await();
                try {
                    return register.issue(tl, "KH", "test-plan", "concurrent-" + n, "Kế hoạch cùng lúc " + n, LocalDate.of(2033, 5, 5));
                } finally {
                    signIn.signOut();
                }
            }));
        }
        start.countDown();
        List<Integer> numbers = new ArrayList<>();
        for (Future<IssuedDocument> f : results) {
            numbers.add(f.get().number());
        }
        pool.shutdown();
        assertThat(numbers).doesNotHaveDuplicates().containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void a_district_issues_only_in_its_own_name_and_a_member_organisation_not_at_all() {
        signIn.as("luongson");
        assertThat(register.issue(unit("HB-LS"), "KH", "test-plan", "ls", "Kế hoạch huyện", LocalDate.of(2034, 2, 2)).symbol())
                .isEqualTo("01/KH-MTTQ");
        assertThatThrownBy(() -> register.issue(unit("HB"), "KH", "test-plan", "x", "Kế hoạch tỉnh", LocalDate.of(2034, 2, 2)))
                .isInstanceOf(AccessDeniedException.class); // the province is outside a district's scope
        assertThatThrownBy(() -> register.issue(unit("HB-LS-1"), "KH", "test-plan", "y", "Kế hoạch xã", LocalDate.of(2034, 2, 2)))
                .isInstanceOf(UserFacingException.class); // a commune below it issues its own numbers
        signIn.as("hoinongdan");
        assertThatThrownBy(() -> register.issue(unit("HB-HND"), "KH", "test-plan", "z", "Kế hoạch hội", LocalDate.of(2034, 2, 2)))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as("admin");
        assertThatThrownBy(() -> register.setPattern(unit("HB-LS"), "KH", "KH-MTTQ")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> register.issue(unit("HB-LS"), "kế hoạch", "test-plan", "w", "Sai loại", LocalDate.of(2034, 2, 2)))
                .isInstanceOf(UserFacingException.class);
    }
}
