/**
 * How a person gets and keeps a session beyond the password: the second factor (time-based
 * codes from an authenticator app, recovery codes), the list of one's sessions and ending them,
 * an administrator ending all sessions of an account, and single sign-on through the provincial
 * identity provider (OpenID Connect).
 */
@ApplicationModule(displayName = "Sign-in and sessions")
@NullMarked
package vn.mttq.giamsat.signin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
