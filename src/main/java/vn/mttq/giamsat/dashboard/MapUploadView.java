package vn.mttq.giamsat.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.mttq.giamsat.base.ui.Guarded;
import vn.mttq.giamsat.base.ui.BoundedUpload;
import vn.mttq.giamsat.base.ui.PortalUpload;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.ui.UserMessages;

/** Where an administrator uploads (or removes) the province's boundaries for the dashboard's map. */
@Route("admin/ban-do")
@Menu(order = 706, title = "menu.unit-map", icon = "vaadin:globe-wire")
@RolesAllowed(Role.Names.ADMIN)
class MapUploadView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph state = new Paragraph();
    final PortalUpload upload = new PortalUpload();
    final Button remove;
    private final UnitMap map;

    MapUploadView(UnitMap map) {
        this.map = map;
        addClassName("page");
        H2 title = new H2(getTranslation("menu.unit-map"));
        title.addClassName("page-title");
        Paragraph intro = new Paragraph(getTranslation("map.intro"));
        intro.addClassName("page-intro");
        upload.setAcceptedFileTypes(".geojson", ".json", "application/geo+json", "application/json");
        upload.setMaxFiles(1);
        BoundedUpload.eachStored(upload, UnitMap.MAX_BYTES, (fileName, bytes) -> Guarded.run(() -> uploaded(bytes)));
        upload.setId("unit-map-upload");
        remove = Guarded.button(getTranslation("map.remove"), false, () -> {
            Guarded.confirm(getTranslation("map.remove"), getTranslation("map.remove.confirm"), () -> {
                map.remove();
                show();
            });
        });
        add(title, intro, state, upload, remove);
        show();
    }

    /** Checks and stores an uploaded file; a refusal says why and keeps the previous map. */
    void uploaded(byte[] bytes) {
        int regions = map.upload(bytes);
        UserMessages.info(getTranslation("map.saved", String.valueOf(regions)));
        upload.clearFileList();
        show();
    }

    private void show() {
        var regions = map.regions();
        state.setText(regions.map(n -> getTranslation("map.state.present", String.valueOf(n))).orElse(getTranslation("map.state.none")));
        remove.setVisible(regions.isPresent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.unit-map");
    }
}
