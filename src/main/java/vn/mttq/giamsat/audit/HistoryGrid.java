package vn.mttq.giamsat.audit;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.mttq.giamsat.base.text.PortalFormats;

/**
 * A record's history (a plan, an activity, a case, a session, a periodic report): when, who by full
 * name, what in words, and the details as the page words them. One grid for every record page, so
 * the same event reads the same everywhere.
 */
public class HistoryGrid extends Grid<AuditEntry> {

    public HistoryGrid(List<AuditEntry> entries, ActorNames actors, Function<AuditEntry, String> details) {
        Map<String, String> names = actors.fullNames(entries.stream().map(AuditEntry::getActor).distinct().toList());
        addColumn(e -> PortalFormats.dateTime(e.getOccurredAt())).setHeader(getTranslation("audit.time")).setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> names.getOrDefault(e.getActor(), AuditWords.actor(getLocale(), e.getActor()))).setHeader(getTranslation("plan.history.who"))
                .setFlexGrow(1).setTooltipGenerator(AuditEntry::getActor);
        addColumn(e -> AuditWords.action(getLocale(), e.getAction())).setHeader(getTranslation("plan.history.what")).setFlexGrow(1);
        addColumn(details::apply).setHeader(getTranslation("plan.history.details")).setFlexGrow(3);
        addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        setItems(entries);
        setEmptyStateText(getTranslation("history.empty"));
        setAllRowsVisible(true);
        addClassName("record-history");
    }

    /** The history's own details as stored (they are written in words already). */
    public HistoryGrid(List<AuditEntry> entries, ActorNames actors) {
        this(entries, actors, e -> e.getDetails() == null ? "" : e.getDetails());
    }
}
