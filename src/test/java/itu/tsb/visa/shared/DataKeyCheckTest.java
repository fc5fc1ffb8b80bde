package itu.tsb.visa.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import itu.tsb.visa.shared.crypto.DataKeyCheck;
import itu.tsb.visa.shared.crypto.PersonalDataCipher;

class DataKeyCheckTest {

    private static final PersonalDataCipher RIGHT = cipher('r');
    private static final PersonalDataCipher WRONG = cipher('w');

    private JdbcTemplate jdbc;

    private static PersonalDataCipher cipher(char fill) {
        return new PersonalDataCipher(Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes()));
    }

    @BeforeEach
    void aDatabase() throws Exception {
        jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:keycheck-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", ""));
        jdbc.execute("create table data_key_check (id integer primary key, check_value varchar(200) not null)");
        jdbc.execute("create table visa_request (signatory_name varchar(1000))");
        jdbc.execute("create table registration (family_name varchar(1000))");
    }

    @Test
    void theFirstStartRecordsTheKeyAndLaterStartsMustOpenIt() {
        new DataKeyCheck(jdbc, RIGHT).verifyOrRecord();
        new DataKeyCheck(jdbc, RIGHT).verifyOrRecord();

        assertThatThrownBy(() -> new DataKeyCheck(jdbc, WRONG).verifyOrRecord())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("VISA_DATA_KEY does not open the personal data already stored");
        assertThat(jdbc.queryForObject("select count(*) from data_key_check", Integer.class)).isEqualTo(1);
    }

    @Test
    void aDatabaseWrittenBeforeTheCheckExistedIsCheckedAgainstItsPersonalData() {
        jdbc.update("insert into visa_request values (?)", RIGHT.encrypt("Jane Njeri"));

        assertThatThrownBy(() -> new DataKeyCheck(jdbc, WRONG).verifyOrRecord())
                .hasMessageContaining("Start with the key the data was written with");
        assertThat(jdbc.queryForObject("select count(*) from data_key_check", Integer.class)).isZero();
        new DataKeyCheck(jdbc, RIGHT).verifyOrRecord();
        assertThat(jdbc.queryForObject("select count(*) from data_key_check", Integer.class)).isEqualTo(1);
    }
}
