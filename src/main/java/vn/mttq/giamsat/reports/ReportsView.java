package vn.mttq.giamsat.reports;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.function.Function;
import vn.mttq.giamsat.base.security.Role;

/** Downloads of official documents. Each download renders the document anew from current data. */
@Route("bao-cao")
@Menu(order = 520, title = "menu.reports", icon = "vaadin:file-text-o")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.DEPARTMENT_STAFF, Role.Names.DISTRICT_STAFF})
class ReportsView extends VerticalLayout implements HasDynamicTitle {

    ReportsView(UnitsReport unitsReport, OverdueDeadlinesReport overdueReport) {
        addClassName("page");
        section("report.overdue", overdueReport::render, overdueReport::fileName);
        section("report.units", unitsReport::render, unitsReport::fileName);
    }

    /** A document's title, what it contains, and one download link per format. */
    private void section(String key, Function<ReportFormat, byte[]> render, Function<ReportFormat, String> fileName) {
        HorizontalLayout links = new HorizontalLayout();
        for (ReportFormat format : ReportFormat.values()) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = render.apply(format);
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName.apply(format),
                        format.contentType(), bytes.length);
            }), getTranslation("report.download", format.name()));
            link.getElement().setAttribute("download", true);
            link.addClassNames(key.replace("report.", "") + "-download", "download-" + format.extension());
            links.add(link);
        }
        add(new H3(getTranslation(key + ".title")), new Paragraph(getTranslation(key + ".description")), links);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reports");
    }
}
