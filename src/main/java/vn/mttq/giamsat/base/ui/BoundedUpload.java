package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every upload field's server side: the page's limits are kept here, not only in the browser, because
 * anyone can post to an upload address with a script. A file larger than the limit is refused at the
 * first byte past it (its declared size refuses it before any byte is read); a file past the page's
 * count is refused unread; nothing refused is kept. What a field holds is released when the person
 * removes a file or leaves the page, so a page holds at most {@code maxFiles × maxBytes}.
 */
public final class BoundedUpload implements UploadHandler {

    private static final Logger log = LoggerFactory.getLogger(BoundedUpload.class);
    private static final int CHUNK = 8192;

    private final long maxBytes;
    private final int maxFiles;
    private final SerializableBiConsumer<String, byte[]> receiver;
    /** Whether the page keeps the files (a form sent later) or stores each at once and holds none. */
    private final boolean kept;
    private final AtomicInteger held = new AtomicInteger();

    private BoundedUpload(long maxBytes, int maxFiles, boolean kept, SerializableBiConsumer<String, byte[]> receiver) {
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
        this.kept = kept;
        this.receiver = receiver;
    }

    /**
     * Sets the field's limits (the browser's hint) and its handler (the rule); the receiver is called in
     * the page's UI with the file's name and bytes. Returns the handler, whose {@link #release()} the
     * page calls when it lets go of a file.
     */
    public static BoundedUpload on(Upload field, long maxBytes, int maxFiles, SerializableBiConsumer<String, byte[]> receiver) {
        BoundedUpload handler = new BoundedUpload(maxBytes, maxFiles, true, receiver);
        field.setMaxFiles(maxFiles);
        return wire(field, handler);
    }

    /**
     * For a field whose page stores each file as it comes (attachments, imports): at most
     * {@link #IN_FLIGHT} files are read at once, each place given back once the receiver has run.
     */
    public static BoundedUpload eachStored(Upload field, long maxBytes, SerializableBiConsumer<String, byte[]> receiver) {
        return wire(field, new BoundedUpload(maxBytes, IN_FLIGHT, false, receiver));
    }

    /** Files one page reads at the same time when it stores each at once. */
    static final int IN_FLIGHT = 3;

    private static BoundedUpload wire(Upload field, BoundedUpload handler) {
        field.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, handler.maxBytes));
        field.setUploadHandler(handler);
        field.addFileRemovedListener(e -> handler.release());
        field.addDetachListener(e -> handler.held.set(0));
        return handler;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui, "upload.error.too-big");
            return;
        }
        if (!hold()) {
            refuse(event, ui, "upload.error.too-many");
            return;
        }
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = readAtMost(in, maxBytes);
        }
        if (bytes == null) {
            release();
            refuse(event, ui, "upload.error.too-big");
            return;
        }
        String name = event.getFileName();
        ui.access(() -> {
            try {
                receiver.accept(name, bytes);
            } finally {
                if (!kept) {
                    release();
                }
            }
        });
    }

    /** Takes one of the page's places for a file, if one is free. */
    boolean hold() {
        if (held.incrementAndGet() > maxFiles) {
            held.decrementAndGet();
            return false;
        }
        return true;
    }

    /** Gives back a place (a removed file). */
    public void release() {
        held.updateAndGet(n -> Math.max(0, n - 1));
    }

    /** The stream's bytes, or null as soon as it has more than {@code max}: never more than max + one chunk is read. */
    static byte @Nullable [] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(max + 1, 64 * 1024));
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private void refuse(UploadEvent event, UI ui, String key) {
        log.info("Upload refused ({}): {} bytes declared, limit {} bytes, {} files", key, event.getFileSize(), maxBytes, maxFiles);
        event.reject(ui.getTranslation(key));
    }
}
