package vn.mttq.giamsat.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Law on Denunciations 2018, art. 25 (issue 22): an unnamed denunciation is information; other kinds may be anonymous. */
class DenunciationRuleTest {

    private static CaseService.Intake intake(CaseKind kind, String name, String address) {
        return new CaseService.Intake(Channel.ONLINE, LocalDate.of(2026, 12, 1), kind, "Nguyễn Văn A", "Trưởng thôn", "xã Tú Lý",
                "Thu tiền không có biên lai.", name, address, null, null);
    }

    @Test
    void a_denunciation_without_name_or_address_is_received_as_a_report() {
        assertThat(CaseIntake.kindAsReceived(intake(CaseKind.DENUNCIATION_CORRUPTION, "", ""))).isEqualTo(CaseKind.REPORT);
        assertThat(CaseIntake.kindAsReceived(intake(CaseKind.DENUNCIATION_WASTE, "Lê Thị B", " "))).isEqualTo(CaseKind.REPORT);
        assertThat(CaseIntake.kindAsReceived(intake(CaseKind.DENUNCIATION_CORRUPTION, "Lê Thị B", "Xóm Mỏ, xã Tú Lý")))
                .isEqualTo(CaseKind.DENUNCIATION_CORRUPTION);
        assertThat(CaseIntake.kindAsReceived(intake(CaseKind.PETITION, "", ""))).as("a petition may be anonymous").isEqualTo(CaseKind.PETITION);
        assertThat(CaseIntake.kindAsReceived(intake(CaseKind.COMMENT_CADRE, "", ""))).isEqualTo(CaseKind.COMMENT_CADRE);
    }
}
