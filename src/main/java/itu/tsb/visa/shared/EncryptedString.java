package itu.tsb.visa.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a personal-data string encrypted; use with {@code @Convert(converter = EncryptedString.class)}. */
@Converter
public class EncryptedString implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return PersonalDataCipher.installed().encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return PersonalDataCipher.installed().decrypt(dbData);
    }
}
