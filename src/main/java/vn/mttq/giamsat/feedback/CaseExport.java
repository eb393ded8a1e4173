package vn.mttq.giamsat.feedback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.base.text.ListSpreadsheet;

/** XLSX of what the case list shows. It never holds a reporter's identity: only whether the case is anonymous. */
@Service
public class CaseExport {

    static final int MAX_ROWS = 10_000;

    private final CaseService cases;

    CaseExport(CaseService cases) {
        this.cases = cases;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] cases(CaseService.Filter filter) {
        List<String> headers = List.of(vi("feedback.code"), vi("feedback.received-on"), vi("feedback.channel"), vi("feedback.kind"),
                vi("feedback.subject"), vi("feedback.content"), vi("feedback.unit"), vi("feedback.status"), vi("feedback.due"),
                vi("feedback.reporter"));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (FeedbackCase c : cases.list(filter, PageRequest.of(0, MAX_ROWS))) {
            rows.add(Arrays.<@Nullable Object>asList(c.getReceiptCode(), c.getReceivedOn(), vi("feedback.channel." + c.getChannel().name()),
                    vi("feedback.kind." + c.getKind().name()), (c.getSubjectName() + " " + c.getSubjectPosition() + " " + c.getSubjectUnit()).strip(),
                    c.getContent(), cases.unitName(c.getFollowingUnitId()), vi("feedback.status." + c.getStatus().name()),
                    c.getDueDate(), c.isAnonymous() ? vi("feedback.reporter.anonymous") : CaseService.PROTECTED));
        }
        return ListSpreadsheet.write(vi("menu.cases"), headers, rows);
    }

    private static String vi(String key) {
        return Texts.vi(key);
    }
}
