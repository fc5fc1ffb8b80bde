package itu.tsb.visa.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import itu.tsb.visa.shared.crypto.PersonalDataCipher;

class PersonalDataCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void roundTripsAndNeverStoresThePlainText() {
        PersonalDataCipher cipher = new PersonalDataCipher(KEY);

        String stored = cipher.encrypt("Łukasz Nowak P1234567");

        assertThat(stored).startsWith("v2:" + cipher.currentKeyId() + ":").doesNotContain("Nowak").doesNotContain("P1234567");
        assertThat(cipher.encrypt("Łukasz Nowak P1234567")).isNotEqualTo(stored);
        assertThat(cipher.decrypt(stored)).isEqualTo("Łukasz Nowak P1234567");
    }

    @Test
    void namesAreSearchedWithoutAccentsCaseOrHyphensUnderEveryConfiguredKey() {
        assertThat(PersonalDataCipher.searchable("  Müller-LÜDENSCHEIDT ")).isEqualTo("muller ludenscheidt");
        assertThat(PersonalDataCipher.searchable("Nguyễn Ñúñez")).isEqualTo("nguyen nunez");
        assertThat(PersonalDataCipher.searchable("O’Brien")).isEqualTo("o brien");
        assertThat(PersonalDataCipher.searchable("Иванова")).isEqualTo("иванова");
        assertThat(PersonalDataCipher.searchable(" ")).isNull();

        PersonalDataCipher old = new PersonalDataCipher(KEY);
        byte[] raw = new byte[32];
        raw[0] = 7;
        String newKey = Base64.getEncoder().encodeToString(raw);
        PersonalDataCipher rotated = new PersonalDataCipher(newKey, java.util.List.of(KEY));
        assertThat(old.searchKey("Müller")).isEqualTo(old.searchKey("MULLER")).hasSize(32)
                .isNotEqualTo(rotated.searchKey("Müller"));
        // a name stored under the earlier key is still found after the key changed
        assertThat(rotated.searchKeys("muller")).containsExactly(rotated.searchKey("Müller"), old.searchKey("Müller"));
    }

    @Test
    void wrongKeyIsAClearErrorNotGarbage() {
        String stored = new PersonalDataCipher(KEY).encrypt("secret");
        byte[] other = new byte[32];
        other[0] = 1;

        assertThatThrownBy(() -> new PersonalDataCipher(Base64.getEncoder().encodeToString(other)).decrypt(stored))
                .hasMessageContaining("wrong VISA_DATA_KEY");
    }

    @Test
    void missingOrShortKeyStopsStartUp() {
        assertThatThrownBy(() -> new PersonalDataCipher("")).hasMessageContaining("VISA_DATA_KEY is not set");
        assertThatThrownBy(() -> new PersonalDataCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }

    private static String key(int first) {
        byte[] raw = new byte[32];
        raw[0] = (byte) first;
        return Base64.getEncoder().encodeToString(raw);
    }

    @Test
    void eachValueNamesItsKeyAndAnEarlierKeyStillOpensWhatItSealed() {
        PersonalDataCipher old = new PersonalDataCipher(key(1));
        PersonalDataCipher rotated = new PersonalDataCipher(key(2), java.util.List.of(key(1)));
        String text = old.encrypt("Grace Mwangi");
        byte[] pdf = old.seal("%PDF-1.7".getBytes());

        assertThat(rotated.currentKeyId()).isNotEqualTo(old.currentKeyId()).hasSize(8);
        assertThat(text).startsWith("v2:" + old.currentKeyId() + ":");
        assertThat(rotated.decrypt(text)).isEqualTo("Grace Mwangi");
        assertThat(new String(rotated.open(pdf))).isEqualTo("%PDF-1.7");
        assertThat(rotated.isCurrent(text)).isFalse();
        assertThat(rotated.isCurrent(rotated.encrypt("x"))).isTrue();
        assertThat(rotated.isCurrent(pdf)).isFalse();
        assertThat(rotated.isCurrent(rotated.seal(pdf))).isTrue();
        assertThatThrownBy(() -> new PersonalDataCipher(key(2)).decrypt(text))
                .isInstanceOf(PersonalDataCipher.Undecryptable.class)
                .hasMessageContaining("key " + old.currentKeyId() + ", which is not configured");
    }

    /** Values stored before keys had ids: "v1:" text and binary without an id, opened by whichever key opens them. */
    @Test
    void valuesOfTheFirstFormatAreStillOpened() throws Exception {
        javax.crypto.SecretKey k = new javax.crypto.spec.SecretKeySpec(Base64.getDecoder().decode(key(1)), "AES");
        byte[] nonce = new byte[12];
        nonce[0] = 2; // begins like a binary value of the new format: still read as the first format
        javax.crypto.Cipher c = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        c.init(javax.crypto.Cipher.ENCRYPT_MODE, k, new javax.crypto.spec.GCMParameterSpec(128, nonce));
        byte[] sealed = c.doFinal("Nowak".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] legacy = java.nio.ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array();
        PersonalDataCipher rotated = new PersonalDataCipher(key(2), java.util.List.of(key(1)));

        assertThat(rotated.decrypt("v1:" + Base64.getEncoder().encodeToString(legacy))).isEqualTo("Nowak");
        assertThat(new String(rotated.open(legacy))).isEqualTo("Nowak");
        assertThat(rotated.isCurrent("v1:" + Base64.getEncoder().encodeToString(legacy))).isFalse();
    }
}
