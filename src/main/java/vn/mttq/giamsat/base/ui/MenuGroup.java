package vn.mttq.giamsat.base.ui;

import java.util.Arrays;
import java.util.Optional;

/**
 * The side menu's groups (docs/ux.md). A view joins a group through its {@code @Menu} order: each
 * group owns a hundred (0–99 Việc của tôi, 100–199 Kế hoạch, …), so features place their entries
 * without the layout knowing them.
 */
public enum MenuGroup {
    MY_WORK("menu.group.my-work"),
    PLANS("menu.group.plans"),
    SUPERVISION("menu.group.supervision"),
    FEEDBACK("menu.group.feedback"),
    OUTREACH("menu.group.outreach"),
    REPORTS("menu.group.reports"),
    CATALOGUES("menu.group.catalogues"),
    ADMINISTRATION("menu.group.administration");

    private final String titleKey;

    MenuGroup(String titleKey) {
        this.titleKey = titleKey;
    }

    public String titleKey() {
        return titleKey;
    }

    /** The first {@code @Menu} order of this group. */
    public int firstOrder() {
        return ordinal() * 100;
    }

    static Optional<MenuGroup> of(Double order) {
        if (order == null || order < 0) {
            return Optional.empty();
        }
        int index = (int) (order / 100);
        return Arrays.stream(values()).filter(g -> g.ordinal() == index).findFirst();
    }
}
