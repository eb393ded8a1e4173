package vn.mttq.giamsat.base.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Another way to sign in besides the password form (single sign-on), added to the security chain
 * by SecurityConfig from the module that owns it.
 */
public interface SignInMethod {

    void configure(HttpSecurity http) throws Exception;
}
