package itu.tsb.visa.shared.crypto;

import java.time.LocalDate;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a personal-data date (birth, passport issue and expiry) encrypted. */
@Converter
public class EncryptedDate implements AttributeConverter<LocalDate, String> {

    @Override
    public String convertToDatabaseColumn(LocalDate attribute) {
        return attribute == null ? null : PersonalDataCipher.installed().encrypt(attribute.toString());
    }

    @Override
    public LocalDate convertToEntityAttribute(String dbData) {
        try {
            return dbData == null ? null : LocalDate.parse(PersonalDataCipher.installed().decrypt(dbData));
        } catch (PersonalDataCipher.Undecryptable e) {
            Unreadable.report(e);
            return null; // unreadable: shown as missing, never printed
        }
    }
}
