package vn.mttq.giamsat.base.errors;

import vn.mttq.giamsat.base.ui.MainLayout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A mistyped or outdated address (an old link in an e-mail, say) gets a page in the user's
 * language with a way back, instead of the framework's English message. Signed-out visitors
 * are sent to the sign-in page first, like for any other address.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H2(getTranslation("not-found.title")),
                new Paragraph(getTranslation("not-found.message")),
                new Anchor("", getTranslation("access-denied.home")));
        addClassName("page-not-found");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
