package itu.tsb.visa.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import itu.tsb.visa.shared.InvalidInput;

/**
 * The {@code admin} account is made with the password of {@code VISA_ADMIN_PASSWORD} on the first start
 * (held to the password policy: a refused one stops the start), and never reset by a later one. Without it, the demo
 * profile makes a random one when there is no admin yet and prints it once (it is then kept, hashed, across
 * restarts); other profiles create no admin and say so.
 */
@Component
class AdminAccount {

    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

    private final Users users;
    private final Environment environment;
    private final String password;

    AdminAccount(Users users, Environment environment, @Value("${visa.admin-password:}") String password) {
        this.users = users;
        this.environment = environment;
        this.password = password;
    }

    /** Before the demo data prints where to sign in. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void ensureAdmin() {
        if (!password.isBlank()) {
            if (users.exists("admin")) {
                // made by an earlier start: its password is the one its holder set since, never reset by a restart
                log.info("VISA_ADMIN_PASSWORD is set, and the admin account exists: its password is left as it is"
                        + " (change it on the account page, or with PUT /api/me/password)");
                return;
            }
            try {
                users.create("admin", password, Role.ADMIN, null, null);
            } catch (InvalidInput refused) {
                throw new IllegalStateException("VISA_ADMIN_PASSWORD is refused by the password policy: "
                        + refused.fieldErrors().get(0).message() + ". Choose another and start again.");
            }
            log.info("The admin account was made with the password of VISA_ADMIN_PASSWORD");
            return;
        }
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            if (users.exists("admin")) {
                // kept, hashed, from the run that made it: a password that changed at each start would lock out
                // whoever noted it
                log.info("VISA_ADMIN_PASSWORD is not set: the demo admin keeps the password printed when it was made");
                return;
            }
            byte[] bytes = new byte[12];
            new SecureRandom().nextBytes(bytes);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            users.ensure("admin", generated, Role.ADMIN, null);
            log.warn("VISA_ADMIN_PASSWORD is not set: the demo admin password is {} (printed this once; it is kept,"
                    + " hashed, across restarts)", generated);
        } else if (!users.exists("admin")) {
            log.warn("VISA_ADMIN_PASSWORD is not set: no admin account was created");
        }
    }
}
