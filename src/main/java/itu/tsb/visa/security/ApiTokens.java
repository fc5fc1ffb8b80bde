package itu.tsb.visa.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.shared.NotFound;

/**
 * Tokens with which systems call the API as an account, instead of a password: issued by an admin and
 * shown once, kept as a SHA-256 hash, revoked by an admin. A call with a token costs a hash and a
 * lookup, not a password hash.
 */
@Service
@Transactional
public class ApiTokens {

    /** What our tokens start with, so that a token is recognised (and a stray one in a log is spotted). */
    static final String PREFIX = "vt_";

    private final ApiTokenRepository tokens;
    private final AppUserRepository accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, AppUserRepository accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A new token, and the only time it is seen. */
    public record Issued(Long id, String token) {
    }

    public Issued issue(Long userId, CurrentUser by) {
        accounts.findById(userId).orElseThrow(() -> new NotFound("There is no user " + userId + "."));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken saved = tokens.save(new ApiToken(userId, hash(token), by.username(), clock.instant()));
        return new Issued(saved.getId(), token);
    }

    public void revoke(Long userId, Long tokenId) {
        ApiToken token = tokens.findById(tokenId).filter(t -> t.getUserId().equals(userId))
                .orElseThrow(() -> new NotFound("User " + userId + " has no token " + tokenId + "."));
        token.revoke(clock.instant());
    }

    /** Revokes every token of the account still valid (its password was changed); how many there were. */
    public int revokeAll(Long userId) {
        Instant now = clock.instant();
        List<ApiToken> valid = tokens.findByUserId(userId).stream().filter(t -> !t.isRevoked()).toList();
        valid.forEach(t -> t.revoke(now));
        return valid.size();
    }

    /** The account a token signs in, if the token is known, not revoked, and its account enabled. */
    @Transactional(readOnly = true)
    Optional<CurrentUser> accountOf(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token)).filter(t -> !t.isRevoked())
                .flatMap(t -> accounts.findById(t.getUserId())).filter(AppUser::isEnabled)
                .map(u -> new CurrentUser(u.getUsername(), u.getPasswordHash(), u.getRole(), u.getOrganizationId()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
