package vn.mttq.giamsat.base.ui;

import vn.mttq.giamsat.base.security.LoginView;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.Texts;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.mttq.giamsat.SignIn;

/** Vietnamese by default; English when the user picks it. */
@SpringBootTest
@Import(SignIn.class)
class LanguageTest extends SpringBrowserlessTest {

    @Test
    void the_sign_in_page_speaks_vietnamese_first_and_english_on_request() {
        navigate(LoginView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Cổng giám sát thực hiện Quy định 124-QĐ/TW");
        // the province's own committee, read from the unit tree (a proper name: not translated)
        assertThat(find(Paragraph.class).withClassName("login-subtitle").single().getText()).isEqualTo("Ủy ban MTTQ Việt Nam tỉnh Hòa Bình");

        UI.getCurrent().setLocale(PortalLocales.ENGLISH);
        assertThat(find(H1.class).single().getText()).isEqualTo("Regulation 124 supervision portal");
        assertThat(find(Paragraph.class).withClassName("login-subtitle").single().getText()).isEqualTo("Ủy ban MTTQ Việt Nam tỉnh Hòa Bình");
        assertThat(UI.getCurrent().getLocale()).isNotEqualTo(Locale.ROOT);
        // texts a service composes for the page, and counts, follow the page's language (issue 22)
        assertThat(Texts.page("report.title.YEAR", "2026")).isEqualTo("Annual report 2026");
        assertThat(PortalFormats.number(4223)).isEqualTo("4,223");
        UI.getCurrent().setLocale(PortalLocales.VIETNAMESE);
        assertThat(Texts.page("report.title.YEAR", "2026")).startsWith("Báo cáo");
        assertThat(PortalFormats.number(4223)).isEqualTo("4.223");
    }

    @Test
    void date_pickers_and_uploads_speak_vietnamese() {
        navigate(LoginView.class);
        PortalUpload upload = new PortalUpload();
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Chọn tệp...");
        assertThat(upload.getI18n().getDropFiles().getMany()).isEqualTo("Kéo thả các tệp vào đây");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("Tệp quá lớn.");
        PortalDatePicker picker = new PortalDatePicker("Ngày");
        assertThat(picker.getI18n().getWeekdays()).startsWith("Chủ nhật", "Thứ hai");
        assertThat(picker.getI18n().getToday()).isEqualTo("Hôm nay");
    }
}
