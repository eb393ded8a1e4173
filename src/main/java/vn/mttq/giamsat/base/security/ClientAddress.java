package vn.mttq.giamsat.base.security;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The remote address of the request being served, for the audit log ("from which address"). */
@Component
public class ClientAddress {

    public String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            return attrs.getRequest().getRemoteAddr();
        }
        return "-";
    }
}
