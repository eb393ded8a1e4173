package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import java.util.List;

/**
 * A row's actions behind one "⋯" button, so a list of fifty rows does not repeat fifty rows of red
 * text links (issue 22) and every list offers its actions the same way. Keyboard: the button takes
 * focus with Tab, Enter opens the menu, arrows choose.
 */
public class RowActions extends MenuBar {

    private final MenuItem root;

    public RowActions() {
        addThemeVariants(MenuBarVariant.TERTIARY);
        root = addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("common.actions"));
        setTooltipText(root, getTranslation("common.actions"));
        addClassName("row-actions");
    }

    public RowActions add(String text, Runnable action) {
        root.getSubMenu().addItem(text, e -> action.run());
        return this;
    }

    /** The actions offered, in order (what a person sees when opening the menu). */
    public List<String> labels() {
        return root.getSubMenu().getItems().stream().map(MenuItem::getText).toList();
    }
}
