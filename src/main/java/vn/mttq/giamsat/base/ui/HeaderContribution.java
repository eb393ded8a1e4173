package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A feature's item in the header (e.g. the notification bell), so that the layout shows it
 * without depending on the feature. Called once per UI; return a new component each time.
 */
public interface HeaderContribution {

    Component createHeaderItem();
}
