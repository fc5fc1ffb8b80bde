package itu.tsb.visa.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a personal-data string encrypted; use with {@code @Convert(converter = EncryptedString.class)}. */
@Converter
public class EncryptedString implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return PersonalDataCipher.installed().encrypt(attribute);
    }

    /**
     * A value no configured key opens reads as {@link PersonalDataCipher#UNREADABLE}: that one row shows it,
     * and nothing is printed from it, but every list and every other row still reads.
     */
    @Override
    public String convertToEntityAttribute(String dbData) {
        try {
            return PersonalDataCipher.installed().decrypt(dbData);
        } catch (PersonalDataCipher.Undecryptable e) {
            Unreadable.report(e);
            return PersonalDataCipher.UNREADABLE;
        }
    }
}
