package itu.tsb.visa.letter;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Draws the README's pictures of the two letters, as the demo prints them (its letterhead and signature):
 * {@code mvn -o -q test-compile exec:java -Dexec.mainClass=itu.tsb.visa.letter.LetterPictures
 * -Dexec.classpathScope=test}; they are written to {@code src/docs/letter-fr.png} and {@code letter-en.png}.
 */
public final class LetterPictures {

    private LetterPictures() {
    }

    public static void main(String[] args) throws Exception {
        Stationery demo = new Stationery(LetterRendererTest.resource("/letter/demo/letterhead.png"), Map.of(),
                Map.of("fr", LetterRendererTest.resource("/letter/demo/signature.png"),
                        "en", LetterRendererTest.resource("/letter/demo/signature.png")));
        LetterRenderer renderer = new LetterRenderer(demo);
        for (String language : new String[] {"fr", "en"}) {
            LetterContent c = LetterRendererTest.aLetter(language, "Mwangi", "Grace Wanjiru", LocalDate.of(2010, 5, 12));
            LetterContent letter = new LetterContent(c.language(), "TSB/VISA/FG-SMART-2010-06/2010/1/1", c.issueDate(),
                    c.addressee(), c.holder(), c.meeting(), new LetterContent.Requester("fr".equals(language)
                            ? "Ministère de l'Information, des Communications et de la Technologie"
                            : "Ministry of Information, Communications and Technology", "MEMBER_STATE", "KE",
                            "Jane Njeri", "Permanent Secretary", LocalDate.of(2010, 5, 10)),
                    new LetterContent.Signature("Alex Demo", "fr".equals(language)
                            ? "Directeur du Bureau de la normalisation des télécommunications"
                            : "Director, Telecommunication Standardization Bureau"),
                    "http://localhost:8080/verify/MAfGNkTflcDtp7mKqx0mKw");
            try (PDDocument doc = Loader.loadPDF(renderer.render(letter))) {
                BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 75);
                Path file = Path.of("src/docs/letter-" + language + ".png");
                ImageIO.write(page, "png", file.toFile());
                System.out.println(file + ": " + page.getWidth() + " x " + page.getHeight());
            }
        }
    }
}
