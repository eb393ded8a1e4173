/** Official documents from JasperReports: JRXML sources in the top-level reports/ folder. */
@ApplicationModule(displayName = "Reports")
@NullMarked
package vn.mttq.giamsat.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
