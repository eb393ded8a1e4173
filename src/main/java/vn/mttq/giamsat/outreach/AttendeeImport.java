package vn.mttq.giamsat.outreach;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.text.SearchText;
import vn.mttq.giamsat.base.text.TextPolicy;
import vn.mttq.giamsat.base.text.Texts;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.reports.SpreadsheetReader;

/**
 * A session's named attendee list from XLSX: columns Họ tên, Đơn vị, Chức vụ, Đối tượng (the
 * audience by its Vietnamese name or code), a header row first. Every bad row is reported with its
 * number and reason and nothing is imported, unless the person chooses to import the good rows
 * only. The list replaces the previous one; a held session's counts are taken from it.
 */
@Service
public class AttendeeImport {

    /** Largest attendee list accepted (a few thousand rows fit in well under 1 MB). */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    /** Họ tên, Đơn vị, Chức vụ, Đối tượng: cells further right are not read. */
    static final int COLUMNS = 4;

    /** A refused row: its number in the sheet (1 is the header), why as a translation key, and the message in Vietnamese. */
    public record BadRow(int row, String reasonKey, String message) {
    }

    /** What the file held: the good rows, the bad ones, and whether the list was stored. */
    public record Result(int good, List<BadRow> bad, boolean imported) {
    }

    private final SessionService sessions;
    private final AttendeeLists lists;
    private final AuditService audit;

    AttendeeImport(SessionService sessions, AttendeeLists lists, AuditService audit) {
        this.sessions = sessions;
        this.lists = lists;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Result load(long sessionId, byte[] xlsx, boolean goodRowsOnly) {
        TrainingSession s = sessions.editable(sessionId);
        if (s.getStatus() == SessionStatus.CANCELLED || s.getStatus() == SessionStatus.REPORTED) {
            throw new UserFacingException("outreach.error.transition");
        }
        if (xlsx.length > MAX_BYTES) {
            throw new UserFacingException("upload.error.too-big");
        }
        List<List<String>> rows = SpreadsheetReader.firstSheet(xlsx, COLUMNS);
        if (rows.isEmpty()) {
            throw new UserFacingException("outreach.import.empty");
        }
        List<AttendeeLists.Attendee> good = new ArrayList<>();
        List<BadRow> bad = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.stream().allMatch(String::isBlank)) {
                continue;
            }
            int number = i + 1;
            try {
                String name = TextPolicy.requireFilled(cell(r, 0), 200, false, "outreach.import.no-name");
                String unit = orEmpty(TextPolicy.require(cell(r, 1), 300, false));
                String position = orEmpty(TextPolicy.require(cell(r, 2), 200, false));
                Audience audience = audience(cell(r, 3));
                if (audience == null) {
                    bad.add(new BadRow(number, "outreach.import.audience", Texts.vi("outreach.import.audience") + ": \"" + cell(r, 3) + "\""));
                    continue;
                }
                good.add(new AttendeeLists.Attendee(name, unit, position, audience));
            } catch (UserFacingException refused) {
                bad.add(new BadRow(number, refused.messageKey(), Texts.vi(refused.messageKey(), refused.arguments())));
            }
        }
        if (good.isEmpty() && bad.isEmpty()) {
            throw new UserFacingException("outreach.import.empty");
        }
        if (!bad.isEmpty() && !goodRowsOnly) {
            return new Result(good.size(), bad, false);
        }
        lists.replace(sessionId, good);
        if (s.getStatus() == SessionStatus.HELD) {
            Map<Audience, Integer> counts = new EnumMap<>(Audience.class);
            good.forEach(a -> counts.merge(a.audience(), 1, Integer::sum));
            s.attended(counts, s.getWomen() != null && s.getWomen() > good.size() ? null : s.getWomen(),
                    s.getEthnicMinority() != null && s.getEthnicMinority() > good.size() ? null : s.getEthnicMinority());
        }
        audit.record("TRAINING_ATTENDEES_IMPORTED", SessionService.SOURCE_TYPE, sessionId, good.size() + " người"
                + (bad.isEmpty() ? "" : ", bỏ " + bad.size() + " dòng lỗi"));
        return new Result(good.size(), bad, true);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AttendeeLists.Attendee> list(long sessionId) {
        sessions.get(sessionId);
        return lists.of(sessionId);
    }

    /** An audience by its code or Vietnamese name, accents and case aside ("Nhân dân", "nhan dan", "PEOPLE"). */
    static @Nullable Audience audience(String typed) {
        String folded = SearchText.fold(typed);
        for (Audience a : Audience.values()) {
            if (a.name().equalsIgnoreCase(typed.strip()) || folded.equals(SearchText.fold(Texts.vi("outreach.audience." + a.name())))
                    || folded.equals(SearchText.fold(Texts.vi("outreach.audience.short." + a.name())))) {
                return a;
            }
        }
        return null;
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column) : "";
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
