package vn.mttq.giamsat.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The one layout: side navigation from {@code @Menu} annotations (Vaadin already leaves out
 * the views this user's role may not open), header with unit, name, language and sign-out.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, List<HeaderContribution> contributions) {
        setPrimarySection(Section.DRAWER);
        Span brand = new Span(getTranslation("app.short-title"));
        brand.addClassName("brand");
        brand.getStyle().set("font-weight", "600").set("padding", "var(--vaadin-padding-m, 0.75rem)");
        addToDrawer(brand, menu());
        HorizontalLayout header = header(currentUser, authentication);
        if (currentUser.get().isPresent()) { // contributions (the bell) belong to a signed-in person
            contributions.forEach(c -> header.addComponentAtIndex(1, c.createHeaderItem()));
        }
        addToNavbar(new DrawerToggle(), header);
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry ->
                nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        nav.addClassName("main-menu");
        return nav;
    }

    private HorizontalLayout header(CurrentUser currentUser, AuthenticationContext authentication) {
        HorizontalLayout header = new HorizontalLayout();
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("padding-inline-end", "var(--vaadin-padding-m, 0.75rem)");
        Div spacer = new Div();
        header.add(spacer);
        header.setFlexGrow(1, spacer);
        currentUser.get().ifPresent(user -> {
            Span unit = new Span(user.unitName());
            unit.addClassName("current-unit");
            Span name = new Span(user.fullName());
            name.addClassName("current-user");
            name.getStyle().set("font-weight", "600");
            Button password = new Button(getTranslation("header.change-password"),
                    e -> UI.getCurrent().navigate("tai-khoan/mat-khau"));
            header.add(unit, name, password);
        });
        Button logout = new Button(getTranslation("header.logout"), e -> authentication.logout());
        logout.addClassName("logout");
        header.add(new LanguageSwitch(), logout);
        return header;
    }
}
