/**
 * The UI shell and kit every page uses: the layout and menu, list-page parts (counts, filters that fold on a phone, cards, row actions, XLSX buttons, links between lists), form parts (date pickers, uploads with bounds, field limits, guarded buttons, messages), charts and calendars.
 */
@NamedInterface("ui")
@NullMarked
package vn.mttq.giamsat.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
