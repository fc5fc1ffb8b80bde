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

/** Users and their passwords (hashed); also the way to ask who is signed in. */
@Service
@Transactional
public class Users implements UserDetailsService {

    private final AppUserRepository repository;
    private final PasswordEncoder encoder;

    Users(AppUserRepository repository, PasswordEncoder encoder) {
        this.repository = repository;
        this.encoder = encoder;
    }

    @Override
    @Transactional(readOnly = true)
    public CurrentUser loadUserByUsername(String username) {
        return repository.findByUsername(username).map(Users::toCurrent)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /** The e-mail addresses of an entity's applicants (its focal points), for notifications. */
    @Transactional(readOnly = true)
    public List<String> applicantEmails(Long entityId) {
        return repository.findByRoleAndOrganizationIdAndEmailIsNotNull(Role.APPLICANT, entityId).stream()
                .map(AppUser::getEmail).toList();
    }

    /** The most a BCrypt hash takes into account. */
    static final int MAX_PASSWORD_BYTES = 72;

    public CurrentUser create(String username, String password, Role role, Long entityId, String email) {
        if (repository.findByUsername(username).isPresent()) {
            throw InvalidInput.of("username", "user " + username + " already exists");
        }
        if (role == Role.APPLICANT && entityId == null) {
            throw InvalidInput.of("entityId", "is required for an applicant: it is the entity they act for");
        }
        if (role != Role.APPLICANT && entityId != null) {
            throw InvalidInput.of("entityId", "only applicants act for an entity");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            // BCrypt reads at most 72 bytes: a longer password would be refused by the encoder (or cut short)
            throw InvalidInput.of("password", "must be at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8 (72"
                    + " Latin letters, fewer with accents or other scripts)");
        }
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

    @Transactional(readOnly = true)
    public Long idOf(String username) {
        return repository.findByUsername(username).map(AppUser::getId).orElseThrow();
    }

    public boolean exists(String username) {
        return repository.findByUsername(username).isPresent();
    }

    /** The signed-in user; throws 401-worthy state if there is none (the filter chain prevents that). */
    public static CurrentUser current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            return user;
        }
        throw new NotAllowed("You are not signed in.");
    }

    private static CurrentUser toCurrent(AppUser u) {
        return new CurrentUser(u.getUsername(), u.getPasswordHash(), u.getRole(), u.getOrganizationId());
    }
}
