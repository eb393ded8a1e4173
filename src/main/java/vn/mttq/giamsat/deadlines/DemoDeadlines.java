package vn.mttq.giamsat.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.PortalFormats;
import vn.mttq.giamsat.calendar.WorkingCalendar;
import vn.mttq.giamsat.organisation.DemoProvinceSeeded;

/**
 * A few deadline items in several states for the demo province, dated from the day the demo is
 * first started, so that every demo role's home page, the deadlines page and the dashboard show
 * something real until the features (supervision, people's comments) bring their own records.
 * Fictitious; only ever seeded with the demo province into an empty embedded database.
 */
@Component
class DemoDeadlines {

    static final String SOURCE_TYPE = "supervision-recommendation";

    /** A demo item: unit code, responsible username, title, working days left (negative: overdue), answered. */
    private record Demo(String unit, @Nullable String account, String title, int daysLeft, @Nullable Boolean answeredOnTime) {
    }

    private static final List<Demo> DEMO = List.of(
            new Demo("HB", "lanhdao", "Báo cáo Ban Thường vụ Tỉnh ủy kết quả giám sát 6 tháng theo Quy định 124", 3, null),
            new Demo("HB-DCPL", "dcpl", "Theo dõi trả lời kiến nghị về việc kê khai tài sản của cán bộ xã Cư Yên", -2, null),
            new Demo("HB-DCPL", null, "Tổng hợp ý kiến nhân dân về tác phong cán bộ tiếp công dân huyện Kim Bôi", 4, null),
            new Demo("HB-LS", "luongson", "Kiến nghị sau giám sát việc tiếp công dân của UBND huyện Lương Sơn", -3, null),
            new Demo("HB-LS", null, "Phản ánh của cử tri về lối sống của cán bộ địa chính thị trấn Lương Sơn", 2, null),
            new Demo("HB-LS-2", null, "Kiến nghị về công khai quy hoạch sử dụng đất xã Cư Yên", 14, null),
            new Demo("HB-HND", "hoinongdan", "Giám sát chuyên đề việc hỗ trợ giống cây trồng cho hội viên nông dân", 1, null),
            new Demo("HB-HND", null, "Trả lời phản ánh về thu phí hội viên không đúng quy định", -1, null),
            new Demo("HB-KB", null, "Kiến nghị về việc chậm chi trả tiền bồi thường giải phóng mặt bằng", -6, null),
            new Demo("HB-TL", null, "Kiến nghị về quản lý quỹ phòng chống thiên tai xã Quy Hậu", 9, null),
            new Demo("HB-MC", null, "Phản ánh về biểu hiện hách dịch của cán bộ một cửa thị trấn Mai Châu", 12, null),
            new Demo("HB-TP", null, "Kiến nghị sau giám sát việc thực hiện quy tắc ứng xử tại phường Đồng Tiến", 0, true),
            new Demo("HB-DB", null, "Trả lời kiến nghị về tiến độ xây dựng nhà văn hóa xã Tú Lý", 0, true),
            new Demo("HB-LSN", null, "Trả lời phản ánh về cán bộ sử dụng xe công vào việc riêng", 0, false));

    private final DeadlineItemRepository items;
    private final DeadlineChangeRepository changes;
    private final WorkingCalendar calendar;
    private final Clock clock = Clock.systemUTC();

    DemoDeadlines(DeadlineItemRepository items, DeadlineChangeRepository changes, WorkingCalendar calendar) {
        this.items = items;
        this.changes = changes;
        this.calendar = calendar;
    }

    /** Runs inside the demo seeding transaction: nothing half-seeded if it fails. */
    @EventListener
    void on(DemoProvinceSeeded seeded) {
        LocalDate today = LocalDate.now(PortalFormats.VIETNAM);
        int n = 0;
        for (Demo demo : DEMO) {
            Long unitId = seeded.unitIdsByCode().get(demo.unit());
            if (unitId == null) {
                continue;
            }
            Long accountId = demo.account() == null ? null : seeded.accountIdsByUsername().get(demo.account());
            boolean answered = demo.answeredOnTime() != null;
            // answered items were received six weeks ago; open ones so that they fall due as described
            LocalDate received = answered ? today.minusDays(45) : receivedFor(today, demo.daysLeft());
            DeadlineRequest request = new DeadlineRequest(SOURCE_TYPE, "demo-" + (++n), demo.title(), null, unitId,
                    accountId, received, 20);
            LocalDate due = calendar.dueDate(received, 20);
            DeadlineItem item = items.save(new DeadlineItem(request, due));
            changes.save(new DeadlineChange(item.getId(), clock.instant(), "system", DeadlineChange.Kind.REGISTERED,
                    null, due, 20, null));
            if (answered) {
                LocalDate on = Boolean.TRUE.equals(demo.answeredOnTime()) ? calendar.dueDate(received, 15) : calendar.dueDate(received, 24);
                item.finish(DeadlineStatus.MET, on.isAfter(today) ? today : on);
                changes.save(new DeadlineChange(item.getId(), clock.instant(), "system", DeadlineChange.Kind.MET,
                        due, null, null, null));
            }
        }
    }

    /** The latest day of receipt whose 20-working-day deadline leaves {@code daysLeft} working days (or fewer). */
    private LocalDate receivedFor(LocalDate today, int daysLeft) {
        for (int back = 0; back < 120; back++) {
            LocalDate received = today.minusDays(back);
            LocalDate due = calendar.dueDate(received, 20);
            int left = due.isBefore(today) ? -calendar.workingDaysOverdue(today, due) : calendar.workingDaysRemaining(today, due);
            if (left <= daysLeft) {
                return received;
            }
        }
        return today;
    }
}
