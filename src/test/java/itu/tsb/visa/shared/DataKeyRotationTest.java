package itu.tsb.visa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import itu.tsb.visa.shared.crypto.DataKeyCheck;
import itu.tsb.visa.shared.crypto.DataKeyRotation;
import itu.tsb.visa.shared.crypto.PersonalDataCipher;

/** Key rotation on the real schema: everything sealed with the old key is re-encrypted to the new one. */
class DataKeyRotationTest {

    private static String key(int first) {
        byte[] raw = new byte[32];
        raw[0] = (byte) first;
        return Base64.getEncoder().encodeToString(raw);
    }

    @Test
    void everyValueSealedWithTheOldKeyIsSealedWithTheNewOneAndReadsTheSame() throws Exception {
        SimpleDriverDataSource db = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:rotation-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        PersonalDataCipher old = new PersonalDataCipher(key(1));
        jdbc.update("insert into organization values (1, 'Ministry', 'KE', 'MEMBER_STATE', null, null, null)");
        jdbc.update("insert into meeting (id, code, title, venue, first_day, last_day, request_days_before,"
                + " eligible_categories) values (1, 'M', 'T', 'V', date '2010-06-14', date '2010-06-16', 28, 'MEMBER_STATE')");
        for (int i = 1; i <= 450; i++) {
            jdbc.update("insert into registration values (?, 1, 1, ?, ?, ?, 'APPROVED')", i, old.encrypt("Family " + i),
                    old.encrypt("Given " + i), "R-" + i);
        }
        jdbc.update("insert into data_key_check values (1, ?)", old.encrypt(DataKeyCheck.KNOWN));
        PersonalDataCipher rotated = new PersonalDataCipher(key(2), List.of(key(1)));
        DataKeyRotation rotation = new DataKeyRotation(jdbc, rotated, new DataSourceTransactionManager(db));

        DataKeyRotation.Result first = rotation.reencryptToCurrentKey();
        DataKeyRotation.Result again = rotation.reencryptToCurrentKey();

        assertThat(first.reencrypted()).isEqualTo(901);
        assertThat(first.unreadable()).isZero();
        assertThat(again.reencrypted()).isZero();
        PersonalDataCipher newKeyOnly = new PersonalDataCipher(key(2));
        assertThat(jdbc.queryForList("select family_name from registration order by id", String.class))
                .hasSize(450).allSatisfy(v -> assertThat(v).startsWith("v2:" + newKeyOnly.currentKeyId() + ":"))
                .extracting(newKeyOnly::decrypt).startsWith("Family 1", "Family 2");
        new DataKeyCheck(jdbc, newKeyOnly).verifyOrRecord();
    }

    /** Every column the migrations mark "(enc)" is in the rotation's list, and nothing else is. */
    @Test
    void theRotationKnowsEveryEncryptedColumnOfTheMigrations() throws Exception {
        Set<String> marked = new TreeSet<>();
        Pattern create = Pattern.compile("create table (\\w+)");
        Pattern alter = Pattern.compile("alter table (\\w+) add column (\\w+)");
        Pattern column = Pattern.compile("^\\s+(\\w+)\\s+\\w+.*--\\s*\\(enc\\)");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.sorted().toList()) {
                String table = null;
                for (String line : Files.readAllLines(file)) {
                    Matcher c = create.matcher(line);
                    Matcher a = alter.matcher(line);
                    Matcher col = column.matcher(line);
                    if (c.find()) {
                        table = c.group(1);
                    }
                    if (a.find() && line.contains("(enc)")) {
                        marked.add(a.group(1) + "." + a.group(2));
                    } else if (col.find()) {
                        marked.add(table + "." + col.group(1));
                    }
                }
            }
        }
        Set<String> listed = new TreeSet<>();
        DataKeyRotation.ENCRYPTED.forEach(c -> {
            c.text().forEach(name -> listed.add(c.table() + "." + name));
            c.binary().forEach(name -> listed.add(c.table() + "." + name));
        });
        listed.remove("data_key_check.check_value");

        assertThat(marked).hasSizeGreaterThan(15);
        assertThat(listed).isEqualTo(marked);
    }
}
