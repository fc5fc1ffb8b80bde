package itu.tsb.visa.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;

class LetterSignerTest {

    @TempDir
    static Path dir;
    private static Path keystore;
    private static X509Certificate certificate;

    @BeforeAll
    static void aSelfSignedKeystore() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=TSB visa letters (test), O=ITU, C=CH");
        Instant now = Instant.now();
        certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(1, ChronoUnit.DAYS)),
                Date.from(now.plus(365, ChronoUnit.DAYS)), name, pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("tsb", pair.getPrivate(), "secret".toCharArray(), new Certificate[] {certificate});
        keystore = dir.resolve("tsb.p12");
        try (OutputStream out = Files.newOutputStream(keystore)) {
            store.store(out, "secret".toCharArray());
        }
    }

    @Test
    void signedLetterValidatesCoversTheWholeDocumentAndStaysPdfA() throws Exception {
        byte[] unsigned = new LetterRenderer().render(
                LetterRendererTest.aLetter("fr", "Nowak", "Łukasz", LocalDate.of(2010, 5, 20)));

        byte[] signed = LetterSigner.fromPkcs12(keystore, "secret".toCharArray())
                .sign(unsigned, "Visa support letter", Instant.parse("2010-05-20T10:00:00Z"));

        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(signed)))) {
            SignatureUtil util = new SignatureUtil(doc);
            assertThat(util.getSignatureNames()).containsExactly(LetterSigner.FIELD);
            assertThat(util.signatureCoversWholeDocument(LetterSigner.FIELD)).isTrue();
            PdfPKCS7 pkcs7 = util.readSignatureData(LetterSigner.FIELD);
            assertThat(pkcs7.verifySignatureIntegrityAndAuthenticity()).isTrue();
            assertThat(pkcs7.getSigningCertificate()).isEqualTo(certificate);
            assertThat(pkcs7.getFilterSubtype().toString()).contains("ETSI.CAdES.detached");
        }
        LetterRendererTest.assertPdfA2b(signed);
        assertThat(LetterRendererTest.text(signed)).contains("Nowak", "Łukasz");
    }

    @Test
    void unreadableKeystoreIsAClearStartUpError() {
        assertThatThrownBy(() -> LetterSigner.fromPkcs12(keystore, "wrong".toCharArray()))
                .hasMessageContaining("could not be read");
        assertThatThrownBy(() -> LetterSigner.fromPkcs12(dir.resolve("missing.p12"), "x".toCharArray()))
                .hasMessageContaining("missing.p12");
    }
}
