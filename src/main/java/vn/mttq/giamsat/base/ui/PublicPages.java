package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The people's pages, open without signing in (gui-y-kien, tra-cuu, xac-thuc-van-ban): they wear the
 * sign-in page's look, centred, with the portal's mark over the page's title.
 */
public final class PublicPages {

    /** The mark and the title the page places at its top. */
    public record Header(PortalMark mark, H1 title) {
    }

    private PublicPages() {
    }

    public static Header dress(VerticalLayout page, String title) {
        page.addClassNames("public-page", "login-page");
        page.setAlignItems(FlexComponent.Alignment.CENTER);
        PortalMark mark = new PortalMark();
        mark.addClassName("login-mark");
        H1 heading = new H1(title);
        heading.addClassName("login-title");
        return new Header(mark, heading);
    }
}
