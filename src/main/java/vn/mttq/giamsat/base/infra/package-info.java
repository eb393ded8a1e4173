/**
 * Infrastructure: the embedded MariaDB and its start-up, cluster locks and signals between nodes, Quartz schedules, feed keys, request ids, meter descriptions, the portal's public address.
 */
@NamedInterface("infra")
@NullMarked
package vn.mttq.giamsat.base.infra;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
