package vn.mttq.giamsat.feedback;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.ui.UserMessages;

/** The Standing Committee names who, besides each case's handler, may reveal a reporter. */
@Route("phan-anh/nguoi-duoc-xem")
@Menu(order = 320, title = "menu.identity-readers", icon = "vaadin:user-check")
@RolesAllowed(Role.Names.LEADER)
class IdentityReadersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<IdentityReaders.Reader> grid = new Grid<>();

    IdentityReadersView(IdentityReaders readers) {
        addClassName("page");
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("feedback.readers.intro"));
        intro.addClassName("page-intro");
        grid.addColumn(IdentityReaders.Reader::fullName).setHeader(getTranslation("feedback.readers.name")).setFlexGrow(2);
        grid.addColumn(IdentityReaders.Reader::unitName).setHeader(getTranslation("feedback.readers.unit")).setFlexGrow(2);
        grid.addComponentColumn(r -> {
            Checkbox box = new Checkbox(getTranslation("feedback.readers.named"), r.named());
            box.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                try {
                    readers.set(r.accountId(), e.getValue());
                    UserMessages.info(getTranslation(e.getValue() ? "feedback.readers.added" : "feedback.readers.removed", r.fullName()));
                } catch (UserFacingException refused) {
                    UserMessages.show(refused);
                    grid.setItems(readers.candidates());
                }
            });
            return box;
        }).setHeader(getTranslation("feedback.readers.named")).setAutoWidth(true);
        grid.setItems(readers.candidates());
        grid.setSizeFull();
        add(intro, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.identity-readers");
    }
}
