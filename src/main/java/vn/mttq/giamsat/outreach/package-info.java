/**
 * Propaganda, training and good practices (tuyên truyền, tập huấn, mô hình hay): training sessions,
 * conferences, dialogues and reviews with their attendance by audience; propaganda activities by
 * form; good practices proposed by a unit and recognised by the level above; and the figures of
 * any unit and period, its own and its subtree's, through one query service ({@link OutreachFigures}).
 */
@ApplicationModule(displayName = "Propaganda and training")
@NullMarked
package vn.mttq.giamsat.outreach;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
