package itu.tsb.visa.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CryptoConfig {

    @Bean
    PersonalDataCipher personalDataCipher(@Value("${visa.data-key:}") String key) {
        PersonalDataCipher cipher = new PersonalDataCipher(key);
        PersonalDataCipher.install(cipher);
        return cipher;
    }
}
