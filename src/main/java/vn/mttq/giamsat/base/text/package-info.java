/**
 * The text policy, in and out: what text the portal accepts (TextPolicy, PortalText, SearchText), how it leaves (OutputText, ListSpreadsheet, CalendarFeed), translations outside a page (Texts, Said) and the Vietnamese formats of dates and numbers.
 */
@NamedInterface("text")
@NullMarked
package vn.mttq.giamsat.base.text;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
