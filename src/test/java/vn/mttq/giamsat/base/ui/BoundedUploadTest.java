package vn.mttq.giamsat.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.sun.management.ThreadMXBean;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * Issue 21, defect 2: the upload field's limits hold on the server. A script posting a 60 MB file to a
 * page that allows 5 MB is refused after at most the limit and one chunk has been read, and nothing
 * reaches the page; a file past the page's count is refused unread.
 */
class BoundedUploadTest {

    private static final long LIMIT = 5L * 1024 * 1024;

    /** 60 MB of zeros made up as they are read, counting what was read. */
    static final class Endless extends InputStream {
        final long size;
        long read;

        Endless(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            read += n;
            return n;
        }
    }

    private static UploadEvent event(long declared, InputStream body, UI ui) {
        UploadEvent event = mock(UploadEvent.class);
        when(event.getFileSize()).thenReturn(declared);
        when(event.getInputStream()).thenReturn(body);
        when(event.getFileName()).thenReturn("to.pdf");
        when(event.getUI()).thenReturn(ui);
        return event;
    }

    private static UI ui() {
        UI ui = mock(UI.class);
        when(ui.getTranslation(anyString())).thenReturn("Tệp quá lớn.");
        return ui;
    }

    @Test
    void a_60_megabyte_file_posted_without_its_size_is_refused_after_the_limit_and_one_chunk() throws Exception {
        List<byte[]> received = new ArrayList<>();
        BoundedUpload handler = BoundedUpload.on(new Upload(), LIMIT, 3, (name, bytes) -> received.add(bytes));
        Endless body = new Endless(60L * 1024 * 1024);
        UI ui = ui();
        UploadEvent event = event(-1, body, ui);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        handler.handleUploadRequest(event);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        verify(event).reject("Tệp quá lớn.");
        verify(ui, never()).access(any());
        assertThat(body.read).as("bytes read of the 60 MB").isLessThanOrEqualTo(LIMIT + 8192);
        assertThat(allocated).as("bytes allocated while refusing (a growing buffer up to the limit)").isLessThan(4 * LIMIT);
        assertThat(received).isEmpty();
        assertThat(handler.hold()).as("a refused file holds no place").isTrue();
    }

    @Test
    void a_file_declaring_more_than_the_limit_is_refused_before_any_byte_is_read() throws Exception {
        BoundedUpload handler = BoundedUpload.on(new Upload(), LIMIT, 3, (name, bytes) -> { });
        Endless body = new Endless(60L * 1024 * 1024);
        UploadEvent event = event(60L * 1024 * 1024, body, ui());
        handler.handleUploadRequest(event);
        verify(event).reject(anyString());
        assertThat(body.read).isZero();
    }

    @Test
    void more_files_than_the_page_allows_are_refused_unread_until_one_is_removed() throws Exception {
        BoundedUpload handler = BoundedUpload.on(new Upload(), LIMIT, 2, (name, bytes) -> { });
        UI ui = ui();
        handler.handleUploadRequest(event(10, new Endless(10), ui));
        handler.handleUploadRequest(event(10, new Endless(10), ui));
        verify(ui, Mockito.times(2)).access(any());
        Endless third = new Endless(10);
        UploadEvent refused = event(10, third, ui);
        handler.handleUploadRequest(refused);
        verify(refused).reject(anyString());
        assertThat(third.read).isZero();
        handler.release(); // the person removed one
        UploadEvent again = event(10, new Endless(10), ui);
        handler.handleUploadRequest(again);
        verify(again, never()).reject(anyString());
    }

    @Test
    void a_file_within_the_limit_is_read_whole() throws Exception {
        assertThat(BoundedUpload.readAtMost(new Endless(LIMIT), LIMIT)).hasSize((int) LIMIT);
        assertThat(BoundedUpload.readAtMost(new Endless(LIMIT + 1), LIMIT)).isNull();
    }
}
