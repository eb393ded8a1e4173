package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Arrays;

/**
 * The upload field in the user's language (attachments of reports, written replies, scans).
 * Features give it a receiver or an upload handler; the texts are the portal's own.
 */
public class PortalUpload extends Upload {

    public PortalUpload() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t("upload.add.one")).setMany(t("upload.add.many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t("upload.drop.one")).setMany(t("upload.drop.many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t("upload.error.too-many"))
                .setFileIsTooBig(t("upload.error.too-big")).setIncorrectFileType(t("upload.error.type")));
        i18n.setFile(new UploadI18N.File().setRetry(t("upload.file.retry")).setStart(t("upload.file.start"))
                .setRemove(t("upload.file.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t("upload.status.connecting"))
                        .setStalled(t("upload.status.stalled")).setProcessing(t("upload.status.processing"))
                        .setHeld(t("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t("upload.remaining.prefix"))
                        .setUnknown(t("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t("upload.error.server-unavailable"))
                        .setUnexpectedServerError(t("upload.error.server")).setForbidden(t("upload.error.forbidden"))
                        .setFileTooLarge(t("upload.error.too-big"))));
        i18n.setUnits(Arrays.asList("B", "kB", "MB", "GB", "TB"));
        setI18n(i18n);
    }

    private String t(String key) {
        return getTranslation(key);
    }
}
