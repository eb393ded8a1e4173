package vn.mttq.giamsat.deadlines;

import jakarta.persistence.Column;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.mttq.giamsat.base.text.PortalText;

/**
 * The legal time limit of one kind of item (its source type): standard working days and the
 * most an extension may reach, with the legal text it comes from. Reference data.
 */
@Entity
@Table(name = "deadline_rule")
public class DeadlineRule {

    public static final int SOURCE_MAX = 500;

    @Id
    @Column(name = "source_type")
    private String sourceType = "";

    @Column(nullable = false)
    @PortalText(max = 255)
    private String title = "";

    @Column(name = "standard_working_days", nullable = false)
    private int standardWorkingDays;

    @Column(name = "maximum_working_days", nullable = false)
    private int maximumWorkingDays;

    @Column(nullable = false, length = SOURCE_MAX)
    @PortalText(max = SOURCE_MAX, multiline = true)
    private String source = "";

    @Version
    private long version;

    protected DeadlineRule() {
    }

    public String getSourceType() { return sourceType; }
    public String getTitle() { return title; }
    public int getStandardWorkingDays() { return standardWorkingDays; }
    public void setStandardWorkingDays(int days) { this.standardWorkingDays = days; }
    public int getMaximumWorkingDays() { return maximumWorkingDays; }
    public void setMaximumWorkingDays(int days) { this.maximumWorkingDays = days; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}

interface DeadlineRuleRepository extends JpaRepository<DeadlineRule, String> {
}
