package itu.tsb.visa.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for personal data at rest. Each value gets a fresh 96-bit nonce; the stored form is
 * {@code v1:} followed by base64(nonce || ciphertext || tag). The key comes from {@code VISA_DATA_KEY}
 * (32 bytes, base64).
 */
public final class PersonalDataCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private static volatile PersonalDataCipher installed;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalStateException("VISA_DATA_KEY is not set: personal data cannot be stored unencrypted");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("VISA_DATA_KEY is not valid base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException("VISA_DATA_KEY must decode to 32 bytes (AES-256), it has " + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    /** Makes this cipher the one JPA converters use (converters are not Spring beans). */
    public static void install(PersonalDataCipher cipher) {
        installed = cipher;
    }

    static PersonalDataCipher installed() {
        PersonalDataCipher c = installed;
        if (c == null) {
            throw new IllegalStateException("no personal data cipher installed");
        }
        return c;
    }

    public String encrypt(String plain) {
        return plain == null ? null
                : PREFIX + Base64.getEncoder().encodeToString(seal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    /** nonce || ciphertext || tag, for binary personal data (the letters' PDFs). */
    public byte[] seal(byte[] plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public byte[] open(byte[] all) {
        if (all == null) {
            return null;
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data could not be decrypted: wrong VISA_DATA_KEY?", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("stored personal data is not in the expected encrypted form");
        }
        return new String(open(Base64.getDecoder().decode(stored.substring(PREFIX.length()))), StandardCharsets.UTF_8);
    }
}
