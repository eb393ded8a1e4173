package vn.mttq.giamsat.base.ui;

import vn.mttq.giamsat.base.text.PortalFormats;

import com.vaadin.flow.component.html.Span;

/**
 * "12 đơn vị": how many records a list's filters find, beside the list (issue 22: every list shows
 * its count). The number is written in the page's language.
 */
public class ResultCount extends Span {

    public ResultCount() {
        addClassName("result-count");
    }

    /** Shows the count with its text, e.g. {@code unit.count} = "{0} đơn vị". */
    public void show(String key, long count) {
        setText(getTranslation(key, PortalFormats.number(count)));
    }
}
