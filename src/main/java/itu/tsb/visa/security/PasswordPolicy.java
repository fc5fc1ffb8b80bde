package itu.tsb.visa.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be: at least 12 characters, at most what BCrypt reads (72 bytes in UTF-8), not
 * containing the user name, not one of the common passwords shipped with the application, and not one
 * character repeated. Says what is wrong, for the person choosing it.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    /** The most a BCrypt hash takes into account. */
    static final int MAX_BYTES = 72;

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = common.stream().map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The list in {@code security/common-passwords.txt} on the class path. */
    static PasswordPolicy shipped() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new PasswordPolicy(text.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why this password is refused for this user, or empty when it may be used. */
    Optional<String> problem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("must have at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            // BCrypt reads at most 72 bytes: a longer password would be refused by the encoder (or cut short)
            return Optional.of("must be at most " + MAX_BYTES + " bytes in UTF-8 (72 Latin letters, fewer with"
                    + " accents or other scripts)");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the user name");
        }
        if (common.contains(lower)) {
            return Optional.of("is one of the most used passwords; choose another");
        }
        if (password.codePoints().distinct().count() == 1) {
            return Optional.of("must not be one character repeated");
        }
        return Optional.empty();
    }
}
