package vn.mttq.giamsat.attachments;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Where attached files are kept and how large one may be (app.attachments.*). */
@ConfigurationProperties("app.attachments")
record AttachmentProperties(Path dir, DataSize maxSize) {
}
