/**
 * Security plumbing: the security chain and sign-in page, the signed-in person and their role, password hashing, sign-in steps and methods other modules add (second factor, single sign-on), headers, sealed secrets, running as the system.
 */
@NamedInterface("security")
@NullMarked
package vn.mttq.giamsat.base.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
