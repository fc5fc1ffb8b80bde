// Longer than 250 lines: the encryption of personal data and its key ring in one place, so that a reviewer reads all
// of the cryptography at once.
package itu.tsb.visa.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for personal data at rest. Each value gets a fresh 96-bit nonce and names the key that
 * sealed it: text is stored as {@code v2:<key id>:} followed by base64(nonce || ciphertext || tag), binary
 * data as the byte 2, the four bytes of the key id, then nonce || ciphertext || tag. The key id is the
 * start of the key's SHA-256, so it identifies a key without revealing it. New values are sealed with the
 * current key ({@code VISA_DATA_KEY}); earlier keys ({@code VISA_DATA_KEYS_PREVIOUS}) still open what they
 * sealed until it is re-encrypted. Values of the first format ({@code v1:}, and binary data without a key
 * id) carry no key id and are opened by whichever configured key opens them.
 */
public final class PersonalDataCipher {

    private static final String V1 = "v1:";
    private static final String V2 = "v2:";
    private static final byte BINARY_V2 = 2;
    private static final int ID_BYTES = 4;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** What an entity shows for a text that no configured key opens (see {@link EncryptedString}). */
    public static final String UNREADABLE = "[unreadable: sealed with a key that is not configured]";

    private static volatile PersonalDataCipher installed;

    /** By key id; the first is the current key. */
    private final Map<String, SecretKey> keys = new LinkedHashMap<>();
    private final String currentId;
    private final SecretKey current;
    private final SecureRandom random = new SecureRandom();
    /** The keys names are searched under, one per data key, the current one's first. */
    private final List<SecretKey> nameSearchKeys;

    public PersonalDataCipher(String base64Key) {
        this(base64Key, List.of());
    }

    /** The current key, and earlier keys that still open what they sealed. */
    public PersonalDataCipher(String base64Key, List<String> previousBase64Keys) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalStateException("VISA_DATA_KEY is not set: personal data cannot be stored unencrypted");
        }
        this.current = key(base64Key, "VISA_DATA_KEY");
        this.currentId = id(current);
        keys.put(currentId, current);
        for (String previous : previousBase64Keys) {
            if (previous != null && !previous.isBlank()) {
                SecretKey k = key(previous, "VISA_DATA_KEYS_PREVIOUS");
                keys.putIfAbsent(id(k), k);
            }
        }
        // derived once: the current key's first, then the earlier keys' (the map keeps that order)
        this.nameSearchKeys = keys.values().stream().map(PersonalDataCipher::nameSearchKey).toList();
    }

    private static SecretKey key(String base64Key, String name) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not valid base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException(name + " must decode to 32 bytes (AES-256), it has " + raw.length);
        }
        return new SecretKeySpec(raw, "AES");
    }

    private static String id(SecretKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, ID_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
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

    /**
     * The keys under which a name is searched: a keyed hash (HMAC-SHA-256, under a key derived from the data
     * key, 128 bits in hex) of the name {@linkplain #searchable(String) made searchable}, the current key's
     * first and then each earlier key's, so that names stored before a change of data key are still found.
     * Null for a null or blank name.
     */
    public List<String> searchKeys(String name) {
        String normal = searchable(name);
        if (normal == null) {
            return List.of();
        }
        return nameSearchKeys.stream().map(k -> searchKey(k, normal)).toList();
    }

    /** The current key's search key of a name (what is stored beside it), or null. */
    public String searchKey(String name) {
        String normal = searchable(name);
        return normal == null ? null : searchKey(nameSearchKeys.get(0), normal);
    }

    /** A name as searched: letters without their accents, in lower case, one space between words. */
    public static String searchable(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String bare = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return bare.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\-‐‑'’.]+", " ").trim();
    }

    /** The key names are searched under, derived from a data key (HMAC-SHA-256 of a fixed label). */
    private static SecretKey nameSearchKey(SecretKey dataKey) {
        try {
            javax.crypto.Mac derive = javax.crypto.Mac.getInstance("HmacSHA256");
            derive.init(dataKey);
            return new SecretKeySpec(derive.doFinal("visa-assistance name search v1".getBytes(StandardCharsets.UTF_8)),
                    "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String searchKey(SecretKey nameSearchKey, String normal) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(nameSearchKey);
            return HexFormat.of().formatHex(mac.doFinal(normal.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cipher the JPA converters use, for entities that keep a search key beside a name. */
    public static PersonalDataCipher current() {
        return installed();
    }

    /** The id of the key new values are sealed with. */
    public String currentKeyId() {
        return currentId;
    }

    public String encrypt(String plain) {
        return plain == null ? null : V2 + currentId + ":"
                + Base64.getEncoder().encodeToString(seal(current, plain.getBytes(StandardCharsets.UTF_8)));
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        byte[] plain;
        if (stored.startsWith(V2) && stored.indexOf(':', V2.length()) > 0) {
            int end = stored.indexOf(':', V2.length());
            String id = stored.substring(V2.length(), end);
            SecretKey key = keys.get(id);
            if (key == null) {
                throw new Undecryptable("personal data sealed with key " + id + ", which is not configured: wrong"
                        + " VISA_DATA_KEY? (an earlier key goes in VISA_DATA_KEYS_PREVIOUS)");
            }
            plain = open(key, Base64.getDecoder().decode(stored.substring(end + 1)));
        } else if (stored.startsWith(V1)) {
            plain = openWithAnyKey(Base64.getDecoder().decode(stored.substring(V1.length())));
        } else {
            throw new Undecryptable("stored personal data is not in the expected encrypted form");
        }
        return new String(plain, StandardCharsets.UTF_8);
    }

    /** Binary personal data (the letters' PDFs), sealed with the current key. */
    public byte[] seal(byte[] plain) {
        if (plain == null) {
            return null;
        }
        byte[] sealed = seal(current, plain);
        return ByteBuffer.allocate(1 + ID_BYTES + sealed.length).put(BINARY_V2).put(HexFormat.of().parseHex(currentId))
                .put(sealed).array();
    }

    public byte[] open(byte[] all) {
        if (all == null) {
            return null;
        }
        if (all.length > 1 + ID_BYTES + NONCE_BYTES && all[0] == BINARY_V2) {
            SecretKey key = keys.get(HexFormat.of().formatHex(all, 1, 1 + ID_BYTES));
            if (key != null) {
                byte[] inner = Arrays.copyOfRange(all, 1 + ID_BYTES, all.length);
                try {
                    return open(key, inner);
                } catch (Undecryptable e) {
                    // a first-format value whose random nonce happens to begin like this one: try it as such
                }
            }
        }
        return openWithAnyKey(all);
    }

    /** Whether a stored value is sealed with the current key (nothing to re-encrypt). */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(V2 + currentId + ":");
    }

    public boolean isCurrent(byte[] stored) {
        return stored == null || (stored.length > 1 + ID_BYTES && stored[0] == BINARY_V2
                && HexFormat.of().formatHex(stored, 1, 1 + ID_BYTES).equals(currentId));
    }

    private byte[] openWithAnyKey(byte[] sealed) {
        for (SecretKey key : keys.values()) {
            try {
                return open(key, sealed);
            } catch (Undecryptable e) {
                // the next key, perhaps
            }
        }
        throw new Undecryptable("personal data could not be decrypted with any configured key: wrong VISA_DATA_KEY?");
    }

    private byte[] seal(SecretKey key, byte[] plain) {
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

    private static byte[] open(SecretKey key, byte[] all) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new Undecryptable("personal data could not be decrypted: wrong VISA_DATA_KEY?");
        }
    }

    /** A stored value that no configured key opens. */
    public static final class Undecryptable extends IllegalStateException {
        Undecryptable(String message) {
            super(message);
        }
    }
}
