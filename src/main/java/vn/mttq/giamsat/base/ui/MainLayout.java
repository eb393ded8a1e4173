package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.security.PortalIdentity;
import vn.mttq.giamsat.base.security.PortalUser;

/**
 * The one layout. Drawer: the portal's mark and name, then the menu grouped as in docs/ux.md;
 * entries come from {@code @Menu} annotations (Vaadin already leaves out the views this person's
 * role may not open) and a group with no entry left is not shown. Header: the page's title,
 * features' items (the bell), and the person's menu with unit, name, password, language, sign-out.
 */
@Layout
@PermitAll
// Header contributions (the notification bell) are Spring beans found at run time, so the production
// bundle's scanner never sees what they draw: without these the bell's dialog and select are only in
// other pages' lazily loaded chunks, and on the home page the bell opened nothing (7 console errors).
@Uses(Dialog.class)
@Uses(Select.class)
@Uses(Button.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 heading = new H1();

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, List<HeaderContribution> contributions,
               PortalIdentity identity) {
        setPrimarySection(Section.DRAWER);
        Scroller drawer = new Scroller(menu());
        addToDrawer(brand(identity), drawer);
        Div header = new Div();
        header.addClassName("portal-header");
        heading.addClassName("page-heading");
        header.add(heading);
        currentUser.get().ifPresent(user -> { // contributions (the bell) belong to a signed-in person
            contributions.forEach(c -> header.add(c.createHeaderItem()));
            header.add(userMenu(user, authentication));
        });
        addToNavbar(new DrawerToggle(), header);
    }

    private Anchor brand(PortalIdentity identity) {
        Div names = new Div();
        Span name = new Span(getTranslation("app.short-title"));
        name.addClassName("brand-name");
        Span sub = new Span(identity.organisationName());
        sub.addClassName("brand-sub");
        names.add(name, new Div(sub));
        Anchor brand = new Anchor("", new PortalMark(), names);
        brand.addClassName("portal-brand");
        return brand;
    }

    private Div menu() {
        Map<MenuGroup, SideNav> groups = new EnumMap<>(MenuGroup.class);
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            MenuGroup.of(entry.order()).ifPresent(group -> {
                SideNav nav = groups.computeIfAbsent(group, g -> {
                    SideNav n = new SideNav(getTranslation(g.titleKey()));
                    n.setCollapsible(true);
                    n.addClassName("menu-group");
                    n.getElement().setAttribute("data-group", g.name().toLowerCase());
                    return n;
                });
                SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
                if (entry.icon() != null && !entry.icon().isBlank()) {
                    item.setPrefixComponent(new Icon(entry.icon()));
                }
                nav.addItem(item);
            });
        }
        // a group of one shows its entry alone, not "Việc của tôi" over "Việc của tôi" (issue 22)
        groups.values().stream().filter(nav -> nav.getItems().size() == 1).forEach(nav -> {
            nav.setLabel(null);
            nav.setCollapsible(false);
            nav.addClassName("menu-group-single");
        });
        Div menu = new Div();
        menu.addClassNames("menu-groups", "main-menu");
        groups.values().forEach(menu::add); // EnumMap keeps the groups in docs/ux.md's order
        return menu;
    }

    private MenuBar userMenu(PortalUser user, AuthenticationContext authentication) {
        MenuBar bar = new MenuBar();
        bar.addClassName("user-menu");
        Avatar avatar = new Avatar(user.fullName());
        avatar.setAbbreviation(initials(user.fullName()));
        avatar.setColorIndex(0);
        Span name = new Span(user.fullName());
        name.addClassName("current-user");
        Span unit = new Span(user.unitName());
        unit.addClassName("current-unit");
        Div label = new Div(name, unit);
        label.addClassName("user-label");
        Div chip = new Div(avatar, label);
        chip.addClassName("user-chip");
        MenuItem root = bar.addItem(chip);
        root.getElement().setAttribute("aria-label", getTranslation("header.user-menu", user.fullName()));
        avatar.getElement().getClassList().add("user-avatar");
        SubMenu sub = root.getSubMenu();
        sub.addItem(getTranslation("header.change-password"), e -> UI.getCurrent().navigate("tai-khoan/mat-khau"))
                .addClassName("change-password");
        sub.addItem(getTranslation("header.account-security"), e -> UI.getCurrent().navigate("tai-khoan/bao-mat"))
                .addClassName("account-security");
        MenuItem language = sub.addItem(getTranslation("language.label"));
        for (var locale : PortalLocales.SUPPORTED) {
            MenuItem choice = language.getSubMenu().addItem(getTranslation("language." + locale.getLanguage()),
                    e -> LanguageSwitch.switchTo(locale));
            choice.setCheckable(true);
            choice.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
        }
        sub.addItem(getTranslation("header.logout"), e -> authentication.logout()).addClassName("logout");
        return bar;
    }

    /** Family name and given name, the way Vietnamese initials are read: "Nguyễn Thị Hồng Vân" → "NV". */
    static String initials(String fullName) {
        String[] words = fullName.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "?";
        }
        String first = words[0].substring(0, 1);
        return (words.length == 1 ? first : first + words[words.length - 1].substring(0, 1)).toUpperCase(Locale.ROOT);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        heading.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
