package itu.tsb.visa.shared.crypto;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refuses a data key that does not open the personal data already stored. The first start records a
 * known value encrypted with the key (after checking it opens any personal data an earlier version
 * stored); every later start must open that value, or the application does not start and writes nothing.
 */
public final class DataKeyCheck {

    public static final String KNOWN= "visa-assistance data key check";
    private static final String REFUSED = "VISA_DATA_KEY does not open the personal data already stored in this"
            + " database. Start with the key the data was written with (nothing was read or written with this one).";

    /** Columns that hold personal data encrypted by earlier versions, for a database without a key check. */
    private static final List<String> EARLIER = List.of("select signatory_name from visa_request where signatory_name"
            + " is not null limit 1", "select family_name from registration where family_name is not null limit 1");

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;

    public DataKeyCheck(JdbcTemplate jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public void verifyOrRecord() {
        List<String> stored = jdbc.queryForList("select check_value from data_key_check where id = 1", String.class);
        if (!stored.isEmpty()) {
            if (!opens(stored.get(0), KNOWN)) {
                throw new IllegalStateException(REFUSED);
            }
            return;
        }
        for (String query : EARLIER) {
            List<String> sample = jdbc.queryForList(query, String.class);
            if (!sample.isEmpty() && !opens(sample.get(0), null)) {
                throw new IllegalStateException(REFUSED);
            }
        }
        jdbc.update("insert into data_key_check (id, check_value) values (1, ?)", cipher.encrypt(KNOWN));
    }

    private boolean opens(String ciphertext, String expected) {
        try {
            String plain = cipher.decrypt(ciphertext);
            return expected == null || expected.equals(plain);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
