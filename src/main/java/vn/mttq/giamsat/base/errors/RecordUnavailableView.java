package vn.mttq.giamsat.base.errors;

import vn.mttq.giamsat.base.ui.MainLayout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** The one answer of a record page for an unknown record and for one that is not the person's ({@link RecordRoutes}). */
@ParentLayout(MainLayout.class)
@PermitAll
class RecordUnavailableView extends VerticalLayout implements HasErrorParameter<RecordUnavailable> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RecordUnavailable> parameter) {
        removeAll();
        String list = parameter.getCustomMessage() == null ? "" : parameter.getCustomMessage();
        add(new H2(getTranslation("record-unavailable.title")),
                new Paragraph(getTranslation("record-unavailable.message")),
                new Anchor(list.matches("[a-z-]+") ? list : "", getTranslation("record-unavailable.back")));
        addClassName("record-unavailable");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
