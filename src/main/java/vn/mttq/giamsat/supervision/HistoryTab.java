package vn.mttq.giamsat.supervision;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import vn.mttq.giamsat.audit.AuditEntry;
import vn.mttq.giamsat.base.PortalFormats;

/** Every recorded change of an activity and its recommendations: who, when, what, in words. */
class HistoryTab extends Grid<AuditEntry> {

    HistoryTab(List<AuditEntry> entries) {
        addColumn(e -> PortalFormats.dateTime(e.getOccurredAt())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        addColumn(AuditEntry::getActor).setHeader(getTranslation("plan.history.who")).setAutoWidth(true);
        addColumn(e -> getTranslation("supervision.history." + e.getAction())).setHeader(getTranslation("plan.history.what")).setAutoWidth(true);
        addColumn(e -> e.getDetails() == null ? "" : e.getDetails()).setHeader(getTranslation("plan.history.details")).setFlexGrow(3);
        setItems(entries);
        setAllRowsVisible(true);
        addClassName("supervision-history");
    }
}
