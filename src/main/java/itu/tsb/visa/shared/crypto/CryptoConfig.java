package itu.tsb.visa.shared.crypto;

import java.util.List;
import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration
class CryptoConfig {

    /**
     * The cipher of personal data, installed for the JPA converters only once the key has been checked
     * against the database (after the migrations): a wrong key stops the start before anything is written.
     */
    @Bean
    @DependsOn("flywayInitializer")
    PersonalDataCipher personalDataCipher(@Value("${visa.data-key:}") String key,
            @Value("${visa.data-keys-previous:}") List<String> previous, DataSource dataSource) {
        PersonalDataCipher cipher = new PersonalDataCipher(key, previous);
        new DataKeyCheck(new JdbcTemplate(dataSource), cipher).verifyOrRecord();
        PersonalDataCipher.install(cipher);
        return cipher;
    }
}
