package vn.mttq.giamsat.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.mttq.giamsat.SignIn;

/** Administration screens as an administrator and as a member organisation use them. */
@SpringBootTest
@Import(SignIn.class)
class AdministrationViewsTest extends SpringBrowserlessTest {

    @Autowired SignIn signIn;
    @Autowired UnitRepository unitRepository;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void searching_accounts_without_diacritics_finds_the_person() {
        signIn.as("admin");
        AccountsView view = navigate(AccountsView.class);
        test(view.search).setValue("nguyen thi");
        var grid = test(view.grid);
        assertThat(grid.size()).isPositive();
        boolean found = false;
        for (int i = 0; i < grid.size(); i++) {
            found |= grid.getCellText(i, 1).equals("Nguyễn Thị Hồng Vân");
        }
        assertThat(found).isTrue();
        assertThat(view.count.getText()).as("the list says how many it found (issue 22)").isEqualTo(grid.size() + " tài khoản");
        assertThat(grid.getCellText(0, 3)).as("short unit names in lists").doesNotStartWith("Ủy ban");
        assertThat(view.actions(grid.getRow(0)).labels()).containsExactly("Sửa", "Đặt lại mật khẩu", "Vô hiệu hóa");
    }

    @Test
    void the_units_list_counts_what_its_search_finds() {
        signIn.as("admin");
        UnitsView view = navigate(UnitsView.class);
        assertThat(view.count.getText()).isEqualTo(unitRepository.count() + " đơn vị"); // the administrator sees the whole province
        test(find(TextField.class).withClassName("unit-search").single()).setValue("luong son");
        assertThat(view.count.getText()).isEqualTo(test(find(Grid.class).single()).size() + " đơn vị");
        assertThat(view.count.getText()).isNotEqualTo("0 đơn vị");
        // a row's actions sit behind one "⋯" menu; the province itself cannot be switched off
        assertThat(view.actions(unitRepository.findByCode("HB").orElseThrow()).labels()).containsExactly("Sửa");
        assertThat(view.actions(unitRepository.findByCode("HB-LS").orElseThrow()).labels()).containsExactly("Sửa", "Vô hiệu hóa");
    }

    @Test
    void a_duplicate_unit_code_shows_a_vietnamese_message_and_saves_nothing() {
        signIn.as("admin");
        long before = unitRepository.count();
        navigate(UnitsView.class);
        test(find(Button.class).withText("Thêm đơn vị").single()).click();
        UnitForm form = find(UnitForm.class).single();
        test(form.code).setValue("HB-LS");
        test(form.name).setValue("Đơn vị trùng mã");
        test(form.parent).selectItem("Ủy ban MTTQ Việt Nam tỉnh Hòa Bình");
        test(form.save).click();
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("Mã đơn vị \"HB-LS\" đã tồn tại.");
        assertThat(unitRepository.count()).isEqualTo(before);
        assertThat(form.isOpened()).isTrue();
    }

    @Test
    void an_empty_unit_form_is_refused_field_by_field() {
        signIn.as("admin");
        long before = unitRepository.count();
        navigate(UnitsView.class);
        test(find(Button.class).withText("Thêm đơn vị").single()).click();
        UnitForm form = find(UnitForm.class).single();
        test(form.save).click();
        assertThat(form.code.isInvalid()).isTrue();
        assertThat(form.code.getErrorMessage()).isEqualTo("Không được để trống");
        assertThat(unitRepository.count()).isEqualTo(before);
    }

    @Test
    void member_organisation_menu_has_no_administration() {
        signIn.as("hoinongdan");
        navigate("", Component.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .contains("Việc của tôi", "Thống kê theo đơn vị", "Danh mục")
                .doesNotContain("Tài khoản", "Đơn vị", "Nhật ký hệ thống", "Báo cáo, biểu mẫu");
        // groups with no entry for this role are not shown at all
        assertThat(find(SideNav.class).all()).extracting(n -> n.getElement().getAttribute("data-group"))
                .containsExactly("my_work", "plans", "supervision", "feedback", "outreach", "reports", "catalogues");
        // a group of one entry shows the entry alone (issue 22): "Việc của tôi" is not written twice
        assertThat(find(SideNav.class).all()).filteredOn(n -> n.getItems().size() == 1).extracting(SideNav::getLabel).containsOnlyNulls();
        assertThat(find(SideNav.class).all()).filteredOn(n -> n.getItems().size() > 1).extracting(SideNav::getLabel).contains("Kế hoạch");
        // a member organisation sees the delegations it sits in, not the recommendations list
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Hoạt động giám sát")
                .doesNotContain("Kiến nghị sau giám sát");
    }

    @Test
    void administrator_menu_has_administration() {
        signIn.as("admin");
        navigate("", Component.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .contains("Việc của tôi", "Danh mục", "Tài khoản", "Đơn vị", "Nhật ký hệ thống", "Báo cáo, biểu mẫu");
        assertThat(find(SideNav.class).all()).extracting(n -> n.getElement().getAttribute("data-group"))
                .containsExactly("my_work", "plans", "supervision", "feedback", "outreach", "reports", "catalogues", "administration");
        assertThat(find(SideNav.class).all()).filteredOn(n -> n.getItems().size() == 1).extracting(SideNav::getLabel).containsOnlyNulls();
        assertThat(find(SideNav.class).all()).filteredOn(n -> n.getItems().size() > 1).extracting(SideNav::getLabel).contains("Quản trị");
    }

    @Test
    void a_unit_name_with_a_direction_override_gets_a_field_message_and_nothing_is_saved() {
        signIn.as("admin");
        long before = unitRepository.count();
        navigate(UnitsView.class);
        test(find(Button.class).withText("Thêm đơn vị").single()).click();
        UnitForm form = find(UnitForm.class).single();
        test(form.code).setValue("HB-RLO");
        test(form.name).setValue("Xã \u202Eexe.fdp");
        test(form.save).click();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).contains("đảo chiều");
        assertThat(unitRepository.count()).isEqualTo(before);
    }

    @Test
    void an_e_mail_past_its_limit_gets_a_field_message_not_the_generic_error() {
        signIn.as("admin");
        navigate(AccountsView.class);
        test(find(Button.class).withText("Thêm tài khoản").single()).click();
        AccountForm form = find(AccountForm.class).single();
        test(form.username).setValue("email-dai");
        test(form.fullName).setValue("Lê Văn Thư");
        form.email.setValue("a".repeat(246) + "@example.org"); // 258 characters, past maxlength as a crafted request
        test(form.save).click();
        assertThat(form.email.isInvalid()).isTrue();
        assertThat(form.email.getErrorMessage()).isEqualTo("Tối đa 255 ký tự");
    }
}
