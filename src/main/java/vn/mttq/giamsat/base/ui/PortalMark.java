package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.html.Span;

/**
 * The portal's mark, drawn in SVG: a gold five-pointed star on a red disc inside a gold ring, a
 * sign of the Front's colours (deliberately not the national emblem, whose use is regulated).
 * The markup is a constant written here, never built from data.
 */
public class PortalMark extends Span {

    private static final String SVG = """
            <svg viewBox="0 0 64 64" role="img" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">
              <circle cx="32" cy="32" r="31" fill="#f2c94c"/>
              <circle cx="32" cy="32" r="27" fill="#b3261e"/>
              <circle cx="32" cy="32" r="22.5" fill="none" stroke="#f2c94c" stroke-width="1.2" stroke-dasharray="2 2.4"/>
              <path fill="#f2c94c" d="M32 13.5l4.36 13.42h14.11l-11.42 8.3 4.36 13.42L32 40.34l-11.41 8.3 4.36-13.42-11.42-8.3h14.11z"/>
            </svg>""";

    public PortalMark() {
        addClassName("portal-mark");
        getElement().setProperty("innerHTML", SVG);
    }
}
