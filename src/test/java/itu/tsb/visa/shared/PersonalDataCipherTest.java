package itu.tsb.visa.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void roundTripsAndNeverStoresThePlainText() {
        PersonalDataCipher cipher = new PersonalDataCipher(KEY);

        String stored = cipher.encrypt("Łukasz Nowak P1234567");

        assertThat(stored).startsWith("v1:").doesNotContain("Nowak").doesNotContain("P1234567");
        assertThat(cipher.encrypt("Łukasz Nowak P1234567")).isNotEqualTo(stored);
        assertThat(cipher.decrypt(stored)).isEqualTo("Łukasz Nowak P1234567");
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
}
