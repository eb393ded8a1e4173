package vn.mttq.giamsat.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.mttq.giamsat.base.errors.UserFacingException;

/** A plan written in Word, laid out like the provincial plan, becomes a proposed draft. */
class PlanImportTest {

    /** A minimal DOCX whose paragraphs are the given lines (runs split like Word does, to be sure they are joined). */
    static byte[] docx(List<String> paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            int half = p.length() / 2;
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(escape(p.substring(0, half)))
                    .append("</w:t></w:r><w:r><w:t xml:space=\"preserve\">").append(escape(p.substring(half))).append("</w:t></w:r></w:p>");
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                + "wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(document.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void a_plan_laid_out_like_the_provincial_one_proposes_its_title_bases_and_sections() throws IOException {
        byte[] file = docx(List.of(
                "ỦY BAN MTTQ VIỆT NAM TỈNH HÒA BÌNH", "BAN THƯỜNG TRỰC", "Số: 15/KH-MTTQ-BTT",
                "KẾ HOẠCH",
                "Triển khai thực hiện Quy định số 124-QĐ/TW của Ban Bí thư",
                "về giám sát việc tu dưỡng, rèn luyện đạo đức, lối sống của cán bộ, đảng viên",
                "---",
                "Thực hiện kế hoạch của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Ban Thường trực xây dựng kế hoạch như sau:",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Triển khai thống nhất tới Ủy ban MTTQ các cấp.",
                "2. Phát huy vai trò giám sát của nhân dân.",
                "II. NỘI DUNG",
                "1. Tuyên truyền, phổ biến Quy định 124.",
                "2. Tổ chức tập huấn cho cán bộ Mặt trận.",
                "3. Tiếp nhận và xử lý thông tin phản ánh.",
                "III. TỔ CHỨC THỰC HIỆN",
                "1. Ban Thường trực Ủy ban MTTQ tỉnh chỉ đạo chung.",
                "2. Các huyện xây dựng kế hoạch của cấp mình.",
                "Nơi nhận:", "- Các huyện, thành phố;", "CHỦ TỊCH"));
        PlanImport.Proposal p = new PlanImport().propose(file);
        assertThat(p.title()).isEqualTo("Triển khai thực hiện Quy định số 124-QĐ/TW của Ban Bí thư về giám sát việc tu dưỡng, "
                + "rèn luyện đạo đức, lối sống của cán bộ, đảng viên");
        assertThat(p.legalBases()).startsWith("Thực hiện kế hoạch của Ban Thường trực");
        assertThat(p.purposes()).isEqualTo("1. Triển khai thống nhất tới Ủy ban MTTQ các cấp.\n2. Phát huy vai trò giám sát của nhân dân.");
        assertThat(p.contents().split("\n")).containsExactly("1. Tuyên truyền, phổ biến Quy định 124.",
                "2. Tổ chức tập huấn cho cán bộ Mặt trận.", "3. Tiếp nhận và xử lý thông tin phản ánh.");
        assertThat(p.organisation()).doesNotContain("Nơi nhận", "CHỦ TỊCH").contains("Các huyện xây dựng kế hoạch");
    }

    @Test
    void a_word_file_that_is_not_a_plan_or_a_file_that_is_not_word_is_refused() throws IOException {
        byte[] letter = docx(List.of("Kính gửi: Ủy ban nhân dân huyện", "Nội dung công văn không có phần I, II, III."));
        assertThatThrownBy(() -> new PlanImport().propose(letter)).isInstanceOf(UserFacingException.class)
                .hasMessage("plan.import.error.not-a-plan");
        assertThatThrownBy(() -> new PlanImport().propose("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(UserFacingException.class).hasMessage("plan.import.error.not-docx");
    }

    /** Issue 21, defect 3: a 400 KB Word file whose text part unpacks to 400 MB. */
    @Test
    void a_word_file_that_unpacks_to_hundreds_of_megabytes_is_refused_within_a_bounded_memory() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 400; i++) {
                zip.write(spaces);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        byte[] bomb = out.toByteArray();
        assertThat((long) bomb.length).as("the file as uploaded").isLessThan(PlanImport.MAX_BYTES);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        assertThatThrownBy(() -> new PlanImport().propose(bomb)).isInstanceOf(UserFacingException.class)
                .hasMessage("plan.import.error.too-big");
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated while reading the 400 MB part").isLessThan(64L * 1024 * 1024);
    }

    @Test
    void a_file_larger_than_the_import_takes_is_refused_unread() {
        assertThatThrownBy(() -> new PlanImport().propose(new byte[(int) PlanImport.MAX_BYTES + 1])).isInstanceOf(UserFacingException.class)
                .hasMessage("plan.import.error.too-big");
    }
}
