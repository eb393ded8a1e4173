/**
 * People's comments, reports, petitions and denunciations (phản ánh, kiến nghị, tố cáo): intake
 * by any channel or the public page, follow-up until the competent body has answered in time and
 * the person has been told, with the reporter's identity sealed and revealed only to those
 * allowed, one case at a time, audited.
 */
@ApplicationModule(displayName = "People's comments and reports")
@NullMarked
package vn.mttq.giamsat.feedback;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
