package itu.tsb.visa.security;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.reference.ReferenceData;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api")
class UserController {

    private final Users users;
    private final ApiTokens tokens;
    private final ReferenceData reference;
    private final AuditLog audit;

    private final org.springframework.beans.factory.ObjectProvider<
            org.springframework.security.oauth2.client.registration.ClientRegistrationRepository> oidc;

    private final boolean demo;

    UserController(Users users, ApiTokens tokens, ReferenceData reference, AuditLog audit,
            org.springframework.beans.factory.ObjectProvider<
                    org.springframework.security.oauth2.client.registration.ClientRegistrationRepository> oidc,
            org.springframework.core.env.Environment environment) {
        this.demo = environment.acceptsProfiles(org.springframework.core.env.Profiles.of("demo"));
        this.oidc = oidc;
        this.users = users;
        this.tokens = tokens;
        this.reference = reference;
        this.audit = audit;
    }

    record NewUser(@NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,100}", message = "use 3-100 letters, digits, '.', '_', '@' or '-'") String username,
            @NotBlank @Size(min = 12, max = 200, message = "must have 12 to 200 characters") String password,
            @NotNull Role role, Long entityId,
            @Email(message = "must be an e-mail address") @Size(max = 254) String email) {
    }

    @PostMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> create(@Valid @RequestBody NewUser body) {
        if (body.entityId() != null) {
            reference.organization(body.entityId(), "entityId");
        }
        CurrentUser u = users.create(body.username(), body.password(), body.role(), body.entityId(), body.email());
        audit.recordNow(null, Users.current().username(), "USER_CREATED", u.username() + ": role " + u.role()
                + (u.entityId() == null ? "" : ", entity " + u.entityId()));
        Long id = users.idOf(u.username());
        return ResponseEntity.created(URI.create("/api/users/" + id))
                .body(body.entityId() == null
                        ? Map.of("id", id, "username", u.username(), "role", u.role())
                        : Map.of("id", id, "username", u.username(), "role", u.role(), "entityId", u.entityId()));
    }

    @GetMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    List<Users.Account> users() {
        return users.accounts();
    }

    /**
     * {@code keepTokens}: with a new password, the account's API tokens stay valid (by default a password
     * reset revokes them too, as it ends the account's sessions).
     */
    record AccountChange(Role role, Long entityId,
            @Email(message = "must be an e-mail address") @Size(max = 254) String email, Boolean enabled,
            @Size(max = 200, message = "must have at most 200 characters") String password, Boolean keepTokens) {
    }

    /** Changes role, entity, e-mail, enabled or password; what is absent stays as it is. */
    @PatchMapping("/users/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    Users.Account change(@PathVariable Long id, @Valid @RequestBody AccountChange body, HttpServletRequest request,
            HttpServletResponse response) {
        if (body.entityId() != null) {
            reference.organization(body.entityId(), "entityId");
        }
        CurrentUser by = Users.current();
        Users.Account changed = users.change(id, body.role(), body.entityId(), body.email(), body.enabled(),
                body.password(), by);
        audit.recordNow(null, by.username(), "USER_CHANGED", changed.username() + ": " + String.join(", ",
                java.util.stream.Stream.of(body.role() == null ? null : "role " + body.role(),
                        body.entityId() == null ? null : "entity " + body.entityId(),
                        body.email() == null ? null : "e-mail",
                        body.enabled() == null ? null : (body.enabled() ? "enabled" : "disabled"),
                        body.password() == null ? null : "password").filter(java.util.Objects::nonNull).toList()));
        if (body.password() != null) {
            passwordChanged(id, changed.username(), !Boolean.TRUE.equals(body.keepTokens()), by.username());
            if (changed.username().equals(by.username())) {
                SignedInSession.carryOn(users.loadUserByUsername(by.username()), request, response);
            }
        }
        return changed;
    }

    record PasswordChange(@NotBlank String currentPassword,
            @NotBlank @Size(min = 12, max = 200, message = "must have 12 to 200 characters") String newPassword,
            Boolean keepTokens) {
    }

    /**
     * A person changes their own password: this session goes on, every other session of the account ends,
     * and so do its API tokens unless {@code keepTokens} is true.
     */
    @PutMapping("/me/password")
    ResponseEntity<Void> changeOwnPassword(@Valid @RequestBody PasswordChange body, HttpServletRequest request,
            HttpServletResponse response) {
        CurrentUser me = Users.current();
        CurrentUser now = users.changeOwnPassword(me, body.currentPassword(), body.newPassword());
        passwordChanged(users.idOf(me.username()), me.username(), !Boolean.TRUE.equals(body.keepTokens()), me.username());
        SignedInSession.carryOn(now, request, response);
        return ResponseEntity.noContent().build();
    }

    /** Recorded; the account's tokens revoked unless kept. Its sessions end by themselves (SessionFollowsAccount). */
    private void passwordChanged(Long userId, String username, boolean revokeTokens, String by) {
        audit.recordNow(null, by, "PASSWORD_CHANGED", username + (by.equals(username) ? "" : ", reset by " + by)
                + "; the account's other sessions end");
        if (revokeTokens) {
            int revoked = tokens.revokeAll(userId);
            if (revoked > 0) {
                audit.recordNow(null, by, "TOKEN_REVOKED", "user " + userId + ": " + revoked
                        + " token(s), with the password change");
            }
        }
    }

    /** A token for a system that calls the API as this account; the answer is the only time it is shown. */
    @PostMapping("/users/{id}/tokens")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<ApiTokens.Issued> issueToken(@PathVariable Long id) {
        CurrentUser by = Users.current();
        ApiTokens.Issued issued = tokens.issue(id, by);
        audit.recordNow(null, by.username(), "TOKEN_ISSUED", "user " + id + ", token " + issued.id());
        return ResponseEntity.created(URI.create("/api/users/" + id + "/tokens/" + issued.id())).body(issued);
    }

    @DeleteMapping("/users/{id}/tokens/{tokenId}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> revokeToken(@PathVariable Long id, @PathVariable Long tokenId) {
        tokens.revoke(id, tokenId);
        audit.recordNow(null, Users.current().username(), "TOKEN_REVOKED", "user " + id + ", token " + tokenId);
        return ResponseEntity.noContent().build();
    }

    /** The CSRF token session calls must echo in its header; reading it also sets the XSRF-TOKEN cookie. */
    @GetMapping("/csrf")
    Map<String, String> csrf(CsrfToken token) {
        return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
    }

    /** How one may sign in here: with a local account, and through the organisation's provider when set up. */
    @GetMapping("/sign-in-options")
    Map<String, Object> signInOptions() {
        var clients = oidc.getIfAvailable();
        var provider = clients == null ? null : clients.findByRegistrationId(OidcSignIn.REGISTRATION);
        return provider == null ? Map.of("local", true)
                : Map.of("local", true, "provider", provider.getClientName(),
                        "href", "/oauth2/authorization/" + OidcSignIn.REGISTRATION);
    }

    /**
     * Who is signed in; {@code may}: what their role lets them do ({@link CurrentUser#capabilities}); {@code demo}:
     * the demo data set runs (the first page then says what to try).
     */
    @GetMapping("/me")
    Map<String, Object> me() {
        CurrentUser u = Users.current();
        return u.entityId() == null ? Map.of("username", u.username(), "role", u.role(), "demo", demo, "may", u.capabilities())
                : Map.of("username", u.username(), "role", u.role(), "entityId", u.entityId(), "demo", demo, "may",
                        u.capabilities());
    }
}
