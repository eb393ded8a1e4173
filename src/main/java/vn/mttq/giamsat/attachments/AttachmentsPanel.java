package vn.mttq.giamsat.attachments;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import vn.mttq.giamsat.base.ui.EmptyState;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.ui.BoundedUpload;
import vn.mttq.giamsat.base.ui.PortalUpload;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.ui.UserMessages;

/**
 * The "Tệp đính kèm" tab of any record: the files with who added them and when, a download link
 * each, and (where the person may add) an upload field limited to the accepted kinds and size.
 * The server decides by content; the field's limits only spare a pointless upload.
 */
public class AttachmentsPanel extends VerticalLayout {

    final Grid<Attachment> grid = new Grid<>();
    final PortalUpload upload = new PortalUpload();
    private final AttachmentService service;
    private final String ownerType;
    private final String ownerId;

    public AttachmentsPanel(AttachmentService service, String ownerType, String ownerId, long ownerUnitId,
                            boolean protectedRecord, boolean mayAdd) {
        this.service = service;
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        setPadding(false);
        addClassName("attachments-panel");
        grid.addComponentColumn(a -> new Anchor(DownloadHandler.fromInputStream(event -> {
                    AttachmentService.Download d = service.open(a.id());
                    return new DownloadResponse(new ByteArrayInputStream(d.content()), d.attachment().fileName(),
                            d.attachment().kind().mediaType(), d.content().length);
                }), a.fileName())).setHeader(getTranslation("attachment.name")).setFlexGrow(3);
        grid.addColumn(a -> getTranslation("attachment.kind." + a.kind().name().toLowerCase()))
                .setHeader(getTranslation("attachment.kind")).setAutoWidth(true);
        grid.addColumn(a -> PortalFormats.number(Math.max(1, a.size() / 1024)) + " KB").setHeader(getTranslation("attachment.size"))
                .setAutoWidth(true);
        grid.addColumn(Attachment::uploadedBy).setHeader(getTranslation("attachment.by")).setAutoWidth(true);
        grid.addColumn(a -> PortalFormats.dateTime(a.uploadedAt())).setHeader(getTranslation("attachment.at")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.PAPERCLIP, getTranslation("attachment.empty.title"),
                getTranslation("attachment.empty.text")));
        upload.setAcceptedFileTypes(Arrays.stream(FileKind.values()).map(k -> "." + k.extension()).toArray(String[]::new));
        BoundedUpload.eachStored(upload, service.maxBytes(), (fileName, bytes) -> {
            try {
                service.attach(ownerType, ownerId, ownerUnitId, protectedRecord, fileName, new ByteArrayInputStream(bytes));
                refresh();
            } catch (UserFacingException refused) {
                UserMessages.show(refused);
            }
        });
        upload.setVisible(mayAdd);
        add(grid, upload);
        refresh();
    }

    void refresh() {
        grid.setItems(service.list(ownerType, ownerId));
    }
}
