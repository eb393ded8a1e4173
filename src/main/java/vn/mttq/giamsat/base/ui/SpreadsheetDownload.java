package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * The "Xuất Excel" of a list with filters: one look on every list (a bordered button with the
 * download icon, not a red text link), the file written when clicked from what the filters show.
 */
public final class SpreadsheetDownload {

    public static final String MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SpreadsheetDownload() {
    }

    public static Anchor button(String label, String fileName, Supplier<byte[]> bytes) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(file), fileName, MIME, file.length);
        }), "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(label));
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("export-xlsx");
        return anchor;
    }
}
