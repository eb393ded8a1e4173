package vn.mttq.giamsat.audit;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.ui.PortalDatePicker;
import vn.mttq.giamsat.base.ui.ResultCount;
import vn.mttq.giamsat.base.ui.SpreadsheetDownload;

/** Read-only view of the audit trail, newest first. There is no edit or delete anywhere. */
@Route("admin/nhat-ky")
@Menu(order = 702, title = "menu.audit", icon = "vaadin:archive")
@RolesAllowed(Role.Names.ADMIN)
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    final PortalDatePicker from = new PortalDatePicker(getTranslation("audit.from"));
    final PortalDatePicker to = new PortalDatePicker(getTranslation("audit.to"));

    /** Full names of the actors seen so far: a page of 50 entries names a handful of people. */
    private final Map<String, String> names = new HashMap<>();

    AuditLogView(AuditService audit, ActorNames actors, AuditExport export) {
        addClassName("page");
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.ARCHIVE, getTranslation("empty.audit.title"),
                getTranslation("empty.audit.text")));
        setSizeFull();
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("common.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        grid.addColumn(e -> PortalFormats.dateTime(e.getOccurredAt())).setHeader(getTranslation("audit.time")).setAutoWidth(true).setFrozen(true);
        grid.addColumn(e -> names.computeIfAbsent(e.getActor(), a -> actors.fullNames(List.of(a)).getOrDefault(a,
                        AuditWords.actor(getLocale(), a))))
                .setHeader(getTranslation("audit.actor")).setAutoWidth(true).setTooltipGenerator(AuditEntry::getActor);
        grid.addColumn(e -> AuditWords.action(getLocale(), e.getAction())).setHeader(getTranslation("audit.action")).setAutoWidth(true)
                .setTooltipGenerator(AuditEntry::getAction);
        grid.addColumn(e -> AuditWords.target(getLocale(), e.getTargetType(), e.getTargetId()))
                .setHeader(getTranslation("audit.target")).setAutoWidth(true);
        grid.addColumn(AuditEntry::getDetails).setHeader(getTranslation("audit.details")).setFlexGrow(3);
        grid.addColumn(AuditEntry::getClientIp).setHeader(getTranslation("audit.address")).setAutoWidth(true);
        grid.setItems(q -> audit.search(search.getValue(), from.getValue(), to.getValue(), toSpringPageRequest(q)).stream());
        ResultCount count = new ResultCount();
        Runnable refresh = () -> {
            count.show("audit.count", audit.count(search.getValue(), from.getValue(), to.getValue()));
            grid.getDataProvider().refreshAll();
        };
        search.addValueChangeListener(e -> refresh.run());
        from.addValueChangeListener(e -> refresh.run());
        to.addValueChangeListener(e -> refresh.run());
        grid.setSizeFull();
        grid.addClassName("audit-log");
        // the entries as filtered, in words, up to 10,000 rows (issue 22: every list with filters downloads)
        var xlsx = SpreadsheetDownload.button(getTranslation("common.export-xlsx"), "nhat-ky.xlsx",
                () -> export.write(search.getValue(), from.getValue(), to.getValue(), getLocale()));
        HorizontalLayout filters = new HorizontalLayout(search, from, to, count, xlsx);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, grid);
        refresh.run();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit");
    }
}
