package itu.tsb.visa.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores binary personal data (an issued letter) encrypted. */
@Converter
public class EncryptedBytes implements AttributeConverter<byte[], byte[]> {

    @Override
    public byte[] convertToDatabaseColumn(byte[] attribute) {
        return PersonalDataCipher.installed().seal(attribute);
    }

    @Override
    public byte[] convertToEntityAttribute(byte[] dbData) {
        try {
            return PersonalDataCipher.installed().open(dbData);
        } catch (PersonalDataCipher.Undecryptable e) {
            Unreadable.report(e);
            return null;
        }
    }
}
