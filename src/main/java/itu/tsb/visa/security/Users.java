// Longer than 250 lines: the accounts' service: the sign-in look-up, accounts created, ensured at start, changed and
// signed in through the organisation's provider.
package itu.tsb.visa.security;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.shared.InvalidInput;
import itu.tsb.visa.shared.NotAllowed;
import itu.tsb.visa.shared.NotFound;
import itu.tsb.visa.shared.WrongState;

/** Users and their passwords (hashed); also the way to ask who is signed in. */
@Service
@Transactional
public class Users implements UserDetailsService {

    private final AppUserRepository repository;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwords = PasswordPolicy.shipped();

    Users(AppUserRepository repository, PasswordEncoder encoder) {
        this.repository = repository;
        this.encoder = encoder;
    }

    @Override
    @Transactional(readOnly = true)
    public CurrentUser loadUserByUsername(String username) {
        AppUser user = repository.findByUsernameKey(AppUser.key(username))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        if (!user.isEnabled()) {
            // refused before the password is checked, for the sign-in page and HTTP Basic alike, as an unknown
            // name: an ordinary failure (audited and throttled), said as a wrong password is; an exception of any
            // other kind here is taken by Spring for an internal error, logged with its stack trace
            throw new UsernameNotFoundException("account disabled");
        }
        if (EXTERNAL.equals(user.getPasswordHash())) {
            // signs in through the organisation's provider only: to a password, as an unknown name
            throw new UsernameNotFoundException("no such user");
        }
        return toCurrent(user);
    }

    /** Of these entities, those with no enabled focal point (applicant account) that has an e-mail address. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> entitiesWithoutEmail(java.util.Collection<Long> entityIds) {
        if (entityIds.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Set<Long> without = new java.util.HashSet<>(entityIds);
        repository.organizationsWithEmail(Role.APPLICANT, entityIds).forEach(without::remove);
        return without;
    }

    /** The e-mail addresses of an entity's applicants (its focal points), for notifications. */
    @Transactional(readOnly = true)
    public List<String> applicantEmails(Long entityId) {
        return repository.findByRoleAndOrganizationIdAndEmailIsNotNull(Role.APPLICANT, entityId).stream()
                .map(AppUser::getEmail).toList();
    }

    public CurrentUser create(String username, String password, Role role, Long entityId, String email) {
        Optional<AppUser> taken = repository.findByUsernameKey(AppUser.key(username));
        if (taken.isPresent()) {
            throw new WrongState("User " + taken.get().getUsername() + " already exists; user names differ by more"
                    + " than upper and lower case.");
        }
        checkEntity(role, entityId);
        passwords.problem(username, password).ifPresent(problem -> {
            throw InvalidInput.of("password", problem);
        });
        return toCurrent(repository.save(new AppUser(username, encoder.encode(password), role, entityId, email)));
    }

    /** Creates the user, or sets its password when it exists (used for the admin account at start-up). */
    public void ensure(String username, String password, Role role, Long entityId) {
        ensure(username, password, role, entityId, null);
    }

    public void ensure(String username, String password, Role role, Long entityId, String email) {
        Optional<AppUser> existing = repository.findByUsername(username);
        if (existing.isPresent()) {
            if (!encoder.matches(password, existing.get().getPasswordHash())) {
                existing.get().changePassword(encoder.encode(password));
            }
        } else {
            repository.save(new AppUser(username, encoder.encode(password), role, entityId, email));
        }
    }

    /** Applicants act for an entity, and nobody else does. */
    private static void checkEntity(Role role, Long entityId) {
        if (role == Role.APPLICANT && entityId == null) {
            throw InvalidInput.of("entityId", "is required for an applicant: it is the entity they act for");
        }
        if (role != Role.APPLICANT && entityId != null) {
            throw InvalidInput.of("entityId", "only applicants act for an entity");
        }
    }

    /** An account as an admin sees it (never its password hash). */
    public record Account(Long id, String username, Role role, Long entityId, String email, boolean enabled) {
        static Account of(AppUser u) {
            return new Account(u.getId(), u.getUsername(), u.getRole(), u.getOrganizationId(), u.getEmail(),
                    u.isEnabled());
        }
    }

    @Transactional(readOnly = true)
    public List<Account> accounts() {
        return repository.findAllByOrderByUsernameKeyAsc().stream().map(Account::of).toList();
    }

    /**
     * An admin changes an account: role, entity (applicants only, and then required), e-mail, enabled,
     * password. Null leaves a value as it is. An admin cannot disable their own account or take away
     * their own role (nobody would be left to undo it).
     */
    public Account change(Long id, Role role, Long entityId, String email, Boolean enabled, String password,
            CurrentUser by) {
        AppUser user = repository.findById(id).orElseThrow(() -> new NotFound("There is no user " + id + "."));
        Role newRole = role == null ? user.getRole() : role;
        Long newEntity = entityId == null && newRole == Role.APPLICANT ? user.getOrganizationId() : entityId;
        checkEntity(newRole, newEntity);
        if (user.getUsername().equals(by.username()) && (Boolean.FALSE.equals(enabled) || newRole != user.getRole())) {
            throw new WrongState("You cannot disable your own account or change your own role; ask another admin.");
        }
        if (password != null) {
            passwords.problem(user.getUsername(), password).ifPresent(problem -> {
                throw InvalidInput.of("password", problem);
            });
            user.changePassword(encoder.encode(password));
        }
        user.change(newRole, newEntity, email, enabled);
        return Account.of(user);
    }

    /** What marks an account signed in through the organisation's OpenID Connect provider: no password works. */
    static final String EXTERNAL = "{external}";

    /**
     * The local account of a person the OpenID Connect provider vouched for, created or brought in line
     * with the provider's claims at each sign-in. Refused: a local account of that name that has a password
     * (the provider cannot take it over), and an account an admin disabled.
     */
    @Transactional
    public CurrentUser signedInExternally(String username, Role role, Long entityId, String email) {
        checkEntity(role, entityId);
        Optional<AppUser> existing = repository.findByUsernameKey(AppUser.key(username));
        if (existing.isPresent()) {
            AppUser u = existing.get();
            if (!EXTERNAL.equals(u.getPasswordHash())) {
                throw new NotAllowed("A local account named " + u.getUsername() + " exists; the provider's account"
                        + " of that name cannot use it.");
            }
            if (!u.isEnabled()) {
                throw new NotAllowed("The account " + u.getUsername() + " is disabled.");
            }
            u.change(role, entityId, email == null ? "" : email, null);
            return toCurrent(u);
        }
        return toCurrent(repository.save(new AppUser(username, EXTERNAL, role, entityId, email)));
    }

    /**
     * Why a session signed in as this person no longer speaks for the account, or empty while it does:
     * the account is gone or disabled, its password was changed or reset, or it has another role or
     * entity than at sign-in (the person signs in again and gets what the account allows now).
     */
    @Transactional(readOnly = true)
    public Optional<String> whySessionEnds(CurrentUser signedIn) {
        Optional<AppUser> account = repository.findByUsernameKey(AppUser.key(signedIn.username()));
        if (account.isEmpty()) {
            return Optional.of("the account no longer exists");
        }
        AppUser u = account.get();
        if (!u.isEnabled()) {
            return Optional.of("the account was disabled");
        }
        if (!u.getPasswordHash().equals(signedIn.passwordHash())) {
            return Optional.of("the password was changed");
        }
        if (u.getRole() != signedIn.role()) {
            return Optional.of("the role changed from " + signedIn.role() + " to " + u.getRole());
        }
        if (!java.util.Objects.equals(u.getOrganizationId(), signedIn.entityId())) {
            return Optional.of("the entity changed from " + signedIn.entityId() + " to " + u.getOrganizationId());
        }
        return Optional.empty();
    }

    /**
     * A person changes their own password, giving the one they have: every other session of the account
     * ends at its next call. Returns the account as it now is, for the session that asked.
     */
    public CurrentUser changeOwnPassword(CurrentUser user, String current, String replacement) {
        AppUser account = repository.findByUsernameKey(AppUser.key(user.username()))
                .filter(u -> !EXTERNAL.equals(u.getPasswordHash()))
                .orElseThrow(() -> new WrongState("This account signs in through the organisation's provider;"
                        + " its password is changed there."));
        if (current == null || !encoder.matches(current, account.getPasswordHash())) {
            throw InvalidInput.of("currentPassword", "is not the password of this account");
        }
        passwords.problem(account.getUsername(), replacement).ifPresent(problem -> {
            throw InvalidInput.of("newPassword", problem);
        });
        account.changePassword(encoder.encode(replacement));
        return toCurrent(account);
    }

    @Transactional(readOnly = true)
    public Long idOf(String username) {
        return repository.findByUsername(username).map(AppUser::getId).orElseThrow();
    }

    /** Whether a name, as typed at sign-in (any case), has an account. */
    @Transactional(readOnly = true)
    public boolean hasAccount(String username) {
        return repository.findByUsernameKey(AppUser.key(username)).isPresent();
    }

    public boolean exists(String username) {
        return repository.findByUsername(username).isPresent();
    }

    /** The signed-in user; throws 401-worthy state if there is none (the filter chain prevents that). */
    public static CurrentUser current() {
        CurrentUser user = of(SecurityContextHolder.getContext().getAuthentication());
        if (user == null) {
            throw new NotAllowed("You are not signed in.");
        }
        return user;
    }

    /** Who an authentication is: a local account, or a person the OpenID Connect provider vouched for; else null. */
    static CurrentUser of(Authentication auth) {
        if (auth == null) {
            return null;
        }
        return auth.getPrincipal() instanceof CurrentUser user ? user
                : auth.getPrincipal() instanceof OidcSignIn.Person person ? person.user() : null;
    }

    private static CurrentUser toCurrent(AppUser u) {
        return new CurrentUser(u.getUsername(), u.getPasswordHash(), u.getRole(), u.getOrganizationId());
    }
}
