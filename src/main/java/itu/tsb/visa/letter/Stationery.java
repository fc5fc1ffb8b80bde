package itu.tsb.visa.letter;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.itextpdf.io.image.ImageData;
import com.itextpdf.io.image.ImageDataFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * What the deployment prints on every letter besides its wording: the letterhead (an image and the lines of
 * its address block, in each letter language) and each language's signature image. Without a letterhead
 * image the address block stands alone; without its lines, the letter's own wording is used; without a
 * signature image, a line is drawn above the signatory's name to sign on paper.
 */
record Stationery(byte[] letterheadImage, Map<String, List<String>> letterheadLines, Map<String, byte[]> signatureImages) {

    static final Stationery PLAIN = new Stationery(null, Map.of(), Map.of());

    /** The address block's lines in a language, or none to use the letter's own wording. */
    List<String> lines(String language) {
        return letterheadLines.getOrDefault(language, List.of());
    }

    byte[] signatureImage(String language) {
        return signatureImages.get(language);
    }

    @Configuration(proxyBeanMethods = false)
    static class Settings {

        /** Read and checked once, at start: a letterhead that cannot be printed stops the start, with its setting named. */
        @Bean
        Stationery stationery(ResourceLoader resources,
                @Value("${visa.letter.letterhead.image:}") String letterheadImage,
                @Value("${visa.letter.letterhead.en:}") String linesEn,
                @Value("${visa.letter.letterhead.fr:}") String linesFr,
                @Value("${visa.letter.signatory.en.signature-image:}") String signatureEn,
                @Value("${visa.letter.signatory.fr.signature-image:}") String signatureFr) {
            java.util.Map<String, List<String>> lines = new java.util.HashMap<>();
            java.util.Map<String, byte[]> signatures = new java.util.HashMap<>();
            Map<String, String[]> settings = Map.of("en", new String[] {linesEn, signatureEn}, "fr",
                    new String[] {linesFr, signatureFr});
            settings.forEach((language, given) -> {
                String suffix = "_" + language.toUpperCase(java.util.Locale.ROOT);
                List<String> block = lines(given[0]);
                block.forEach(line -> Letters.printable("VISA_LETTERHEAD" + suffix, line));
                if (!block.isEmpty()) {
                    lines.put(language, block);
                }
                if (!given[1].isBlank()) {
                    signatures.put(language, image(resources, "VISA_SIGNATURE_IMAGE" + suffix, given[1]));
                }
            });
            return new Stationery(letterheadImage.isBlank() ? null : image(resources, "VISA_LETTERHEAD_IMAGE", letterheadImage),
                    Map.copyOf(lines), Map.copyOf(signatures));
        }

        /** An address block written on one line, its lines separated by {@code |}. */
        static List<String> lines(String setting) {
            return Arrays.stream(setting.split("\\|")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        }

        /** A PNG or JPEG file (or {@code classpath:} resource), checked to be an image the letter can print. */
        static byte[] image(ResourceLoader resources, String setting, String location) {
            Resource resource = resources.getResource(location.contains(":") && !location.matches("^[A-Za-z]:\\\\.*")
                    ? location : "file:" + location);
            byte[] bytes;
            try (InputStream in = resource.getInputStream()) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(setting + " names " + location + ", which cannot be read: " + e.getMessage(), e);
            }
            try {
                ImageData image = ImageDataFactory.create(bytes);
                if (image.getOriginalType() != com.itextpdf.io.image.ImageType.PNG
                        && image.getOriginalType() != com.itextpdf.io.image.ImageType.JPEG) {
                    throw new IllegalArgumentException("not PNG or JPEG");
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException(setting + " names " + location + ", which is not a PNG or JPEG image the"
                        + " letter can print (" + e.getMessage() + ")", e);
            }
            return bytes;
        }
    }
}
