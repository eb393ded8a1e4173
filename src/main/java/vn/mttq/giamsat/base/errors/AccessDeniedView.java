package vn.mttq.giamsat.base.errors;

import vn.mttq.giamsat.base.ui.MainLayout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a signed-in user opens a route their role may not see, instead of the view. */
@ParentLayout(MainLayout.class)
class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new H2(getTranslation("access-denied.title")),
                new Paragraph(getTranslation("access-denied.message")),
                new Anchor("", getTranslation("access-denied.home")));
        addClassName("access-denied");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
