package itu.tsb.visa.shared.crypto;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every stored personal value that is not sealed with the current data key, so that an
 * earlier key can then be retired. It works through each encrypted column in batches of its own
 * transactions while the application runs: each value is replaced only if it is still the one read (a
 * value changed meanwhile is already sealed with the current key), so nothing written by a user is lost.
 */
@Service
public class DataKeyRotation {

    /** A table, its key column, and its encrypted columns (text, or binary). */
    public record Columns(String table, String id, List<String> text, List<String> binary) {
    }

    /** Every encrypted column (marked "(enc)" in the migrations; a test keeps the two in step). */
    public static final List<Columns> ENCRYPTED= List.of(
            new Columns("registration", "id", List.of("family_name", "given_names"), List.of()),
            new Columns("visa_request", "id", List.of("signatory_name", "signatory_title", "applicant_answer"), List.of()),
            new Columns("participant", "id", List.of("family_name", "given_names", "job_function", "date_of_birth",
                    "place_of_birth", "nationality", "passport_number", "issuing_authority", "issue_date",
                    "expiry_date"), List.of()),
            new Columns("letter", "id", List.of("holder_initials", "holder_birth_year"), List.of("pdf")),
            new Columns("participant_correction", "id", List.of("details"), List.of()),
            new Columns("change_flag", "id", List.of("comment"), List.of()),
            new Columns("request_draft", "id", List.of("body"), List.of()),
            new Columns("request_document", "id", List.of(), List.of("content")),
            new Columns("data_key_check", "id", List.of("check_value"), List.of()));

    private static final int BATCH = 200;

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;
    private final TransactionTemplate transaction;

    public DataKeyRotation(JdbcTemplate jdbc, PersonalDataCipher cipher, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What a run did: values re-encrypted, and values no configured key opens (left as they are). */
    public record Result(String currentKeyId, long reencrypted, long unreadable) {
    }

    public Result reencryptToCurrentKey() {
        long[] counts = new long[2];
        for (Columns c : ENCRYPTED) {
            long after = Long.MIN_VALUE;
            while (true) {
                long from = after;
                List<Map<String, Object>> rows = jdbc.queryForList("select * from " + c.table() + " where "
                        + c.id() + " > ? order by " + c.id() + " limit " + BATCH, from);
                if (rows.isEmpty()) {
                    break;
                }
                transaction.executeWithoutResult(status -> rows.forEach(row -> reencrypt(c, row, counts)));
                after = ((Number) row(rows.get(rows.size() - 1), c.id())).longValue();
            }
        }
        return new Result(cipher.currentKeyId(), counts[0], counts[1]);
    }

    private void reencrypt(Columns c, Map<String, Object> row, long[] counts) {
        Object id = row(row, c.id());
        for (String column : c.text()) {
            String stored = (String) row(row, column);
            if (cipher.isCurrent(stored)) {
                continue;
            }
            try {
                String plain = cipher.decrypt(stored);
                String again = cipher.encrypt(plain);
                counts[0] += jdbc.update("update " + c.table() + " set " + column + " = ? where " + c.id()
                        + " = ? and " + column + " = ?", again, id, stored);
                if ("participant".equals(c.table()) && "family_name".equals(column)) {
                    // the name's search key, under the new key too: the old one goes with the old key
                    jdbc.update("update participant set family_name_key = ? where id = ?", cipher.searchKey(plain), id);
                }
            } catch (PersonalDataCipher.Undecryptable e) {
                counts[1]++;
            }
        }
        for (String column : c.binary()) {
            byte[] stored = (byte[]) row(row, column);
            if (cipher.isCurrent(stored)) {
                continue;
            }
            try {
                byte[] again = cipher.seal(cipher.open(stored));
                counts[0] += jdbc.update("update " + c.table() + " set " + column + " = ? where " + c.id()
                        + " = ? and " + column + " = ?", again, id, stored);
            } catch (PersonalDataCipher.Undecryptable e) {
                counts[1]++;
            }
        }
    }

    /** A column of a row as JDBC names it (H2 upper-cases, PostgreSQL lower-cases). */
    private static Object row(Map<String, Object> row, String column) {
        return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
    }
}
