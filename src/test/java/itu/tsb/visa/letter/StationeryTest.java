package itu.tsb.visa.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/** The deployment's letterhead and signatures, read once at start: what cannot be printed stops it, named. */
class StationeryTest {

    private final Stationery.Settings settings = new Stationery.Settings();
    private final DefaultResourceLoader resources = new DefaultResourceLoader();

    @Test
    void theDemosImagesAndAddressBlocksAreRead(@TempDir Path dir) throws Exception {
        Path signature = Files.write(dir.resolve("signature.png"), LetterRendererTest.resource("/letter/demo/signature.png"));
        Stationery s = settings.stationery(resources, "classpath:letter/demo/letterhead.png",
                "Example Organization | Visa Office |  1 Example Street, Geneva ", "", signature.toString(), "");

        assertThat(s.letterheadImage()).isNotEmpty();
        assertThat(s.lines("en")).containsExactly("Example Organization", "Visa Office", "1 Example Street, Geneva");
        assertThat(s.lines("fr")).as("blank: the letter's own words").isEmpty();
        assertThat(s.signatureImage("en")).isNotEmpty();
        assertThat(s.signatureImage("fr")).isNull();
    }

    @Test
    void aFileThatIsMissingOrNotAnImageStopsTheStartWithItsSetting(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> settings.stationery(resources, dir.resolve("missing.png").toString(), "", "", "", ""))
                .hasMessageContaining("VISA_LETTERHEAD_IMAGE").hasMessageContaining("cannot be read");
        Path text = Files.writeString(dir.resolve("signature.png"), "not an image");
        assertThatThrownBy(() -> settings.stationery(resources, "", "", "", "", text.toString()))
                .hasMessageContaining("VISA_SIGNATURE_IMAGE_FR").hasMessageContaining("not a PNG or JPEG");
    }

    @Test
    void anAddressLineTheFontCannotPrintStopsTheStart() {
        assertThatThrownBy(() -> settings.stationery(resources, "", "", "国际电信联盟", "", ""))
                .hasMessageContaining("VISA_LETTERHEAD_FR");
    }
}
