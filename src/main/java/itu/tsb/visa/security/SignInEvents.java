package itu.tsb.visa.security;

import org.springframework.context.event.EventListener;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import itu.tsb.visa.audit.AuditLog;

/**
 * Sign-ins in the audit trail: each one through the sign-in page, each failure (the page or HTTP Basic)
 * with the client's address, and each lock-out; failures count towards {@link SignInThrottle}.
 */
@Component
class SignInEvents {

    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final Users users;
    private final Counter lockOuts;

    SignInEvents(SignInThrottle throttle, AuditLog audit, Users users, MeterRegistry metrics) {
        this.lockOuts = Counter.builder("visa.sign.in.lockouts").description("Sign-ins refused for a while after too"
                + " many failures of one name from one address (no name or address as a tag)").register(metrics);
        this.throttle = throttle;
        this.audit = audit;
        this.users = users;
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String name = abbreviate(event.getAuthentication().getName());
        String address = address(event.getAuthentication().getDetails());
        boolean lockedOut = throttle.failed(name, address, users.hasAccount(name));
        audit.recordNow(null, name, "SIGN_IN_FAILED", "from " + address);
        if (lockedOut) {
            lockOuts.increment();
            audit.recordNow(null, name, "SIGN_IN_LOCKED", "too many failed sign-ins from " + address
                    + "; the name is refused from there for a while, other addresses are not affected");
        }
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        String address = address(event.getAuthentication().getDetails());
        throttle.succeeded(name, address);
        audit.recordNow(null, name, "SIGNED_IN", "from " + address);
    }

    static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
    }

    /** A typed user name can be anything: the trail keeps at most 100 characters of it. */
    private static String abbreviate(String name) {
        return name == null ? "" : name.length() > 100 ? name.substring(0, 100) : name;
    }
}
