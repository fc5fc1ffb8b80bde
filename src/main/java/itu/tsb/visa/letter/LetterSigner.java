package itu.tsb.visa.letter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.BouncyCastleDigest;
import com.itextpdf.kernel.crypto.DigestAlgorithms;
import com.itextpdf.signatures.IExternalSignature;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignerProperties;

/**
 * Signs a letter with the key of a PKCS#12 keystore: an invisible CAdES detached signature (PAdES
 * baseline B), which keeps the document PDF/A. Without a configured keystore there is no signer and
 * the letters are unsigned.
 */
final class LetterSigner {

    static final String FIELD = "TSB_Signature";

    private final PrivateKey key;
    private final Certificate[] chain;

    LetterSigner(PrivateKey key, Certificate[] chain) {
        this.key = key;
        this.chain = chain.clone();
    }

    /** Loads the first key entry of a PKCS#12 file; any problem is a start-up error that says what is wrong. */
    static LetterSigner fromPkcs12(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    return new LetterSigner((PrivateKey) store.getKey(alias, password), store.getCertificateChain(alias));
                }
            }
            throw new IllegalStateException("the signing keystore " + file + " holds no private key");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the signing keystore " + file + " could not be read: " + e.getMessage(), e);
        }
    }

    byte[] sign(byte[] pdf, String reason, Instant at) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
            PdfSigner signer = new PdfSigner(new PdfReader(new ByteArrayInputStream(pdf)), out, new StampingProperties());
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("Europe/Zurich"));
            when.setTimeInMillis(at.toEpochMilli());
            signer.setSignerProperties(new SignerProperties().setFieldName(FIELD).setReason(reason)
                    .setLocation("Geneva").setClaimedSignDate(when));
            IExternalSignature signature = new PrivateKeySignature(key, DigestAlgorithms.SHA256, null);
            signer.signDetached(new BouncyCastleDigest(), signature, chain, null, null, null, 0,
                    PdfSigner.CryptoStandard.CADES);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the letter could not be signed: " + e.getMessage(), e);
        }
    }
}
