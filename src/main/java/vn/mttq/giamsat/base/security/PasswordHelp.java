package vn.mttq.giamsat.base.security;

/**
 * "Quên mật khẩu" on the sign-in page (issue 22): a person asks for a new password and the
 * administrators over the person's unit are told (in the bell, and by mail when configured). The
 * organisation module answers; the page says the same whether or not the name exists.
 */
public interface PasswordHelp {

    /** Passes the request on when {@code username} is an enabled account; false only when asked again too soon. */
    boolean request(String username, String clientAddress);
}
