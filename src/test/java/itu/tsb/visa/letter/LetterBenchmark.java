package itu.tsb.visa.letter;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.pdfa.PdfADocument;

/**
 * Milliseconds per letter, single thread, warm, beside the simplest PDF/A-2b document with the same
 * embedded font (one paragraph, the font parsed once as the renderer does): the cost of our layout, QR
 * code, second (bold) font and wording over the format's floor.
 */
public final class LetterBenchmark {

    private LetterBenchmark() {
    }

    /** The letter figures alone, without the database: {@code java ... LetterBenchmark}. */
    public static void main(String[] args) throws IOException {
        run(1000, 2000).forEach((k, v) -> System.out.println(k + ": " + v));
    }

    /**
     * Warms both up, then alternates rounds of letters and of baselines so that JIT and GC drift hit both
     * alike; reports the median round of each and the median of the per-round ratios.
     */
    public static Map<String, String> run(int warmup, int measured) throws IOException {
        LetterRenderer renderer = new LetterRenderer();
        LetterContent content = LetterRendererTest.aLetter("fr", "Nguyễn-Müller", "Łukasz Şahin", LocalDate.of(2010, 5, 20));
        byte[] font;
        try (InputStream in = LetterBenchmark.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            font = in.readAllBytes();
        }
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += renderer.render(content).length + baseline(font, icc).length;
        }
        int rounds = 20;
        int perRound = Math.max(1, measured / rounds);
        double[] letterMs = new double[rounds];
        double[] baselineMs = new double[rounds];
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                sink += renderer.render(content).length;
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                sink += baseline(font, icc).length;
            }
            long t2 = System.nanoTime();
            letterMs[r] = (t1 - t0) / 1e6 / perRound;
            baselineMs[r] = (t2 - t1) / 1e6 / perRound;
            ratios[r] = letterMs[r] / baselineMs[r];
        }
        // the QR code alone: our mask choice beside ZXing choosing it itself (the same code, module for module)
        double[] ours = new double[rounds];
        double[] zxings = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                sink += QrCodes.encode(content.verifyUrl()).getWidth();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                sink += QrCodesTest.zxing(content.verifyUrl()).getWidth();
            }
            long t2 = System.nanoTime();
            ours[r] = (t1 - t0) / 1e6 / perRound;
            zxings[r] = (t2 - t1) / 1e6 / perRound;
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("letter_ms_per_letter", String.format("%.2f", median(letterMs)));
        out.put("letter_baseline_pdfa_ms", String.format("%.2f", median(baselineMs)));
        out.put("letter_ratio_to_baseline", String.format("%.2f", median(ratios)));
        out.put("letter_qr_code_ms", String.format("%.3f", median(ours)));
        out.put("letter_qr_code_zxing_choosing_mask_ms", String.format("%.3f", median(zxings)));
        out.put("letter_bytes", String.valueOf(renderer.render(content).length));
        out.put("letter_checksum_ignore", String.valueOf(sink % 7));
        return out;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static byte[] baseline(byte[] font, byte[] icc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfADocument pdf = new PdfADocument(new PdfWriter(out), PdfAConformance.PDF_A_2B,
                new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", new ByteArrayInputStream(icc)));
        PdfFont f = LetterRenderer.font(LetterRenderer.regularFont());
        try (Document doc = new Document(pdf)) {
            doc.add(new Paragraph("Nguyễn-Müller Łukasz Şahin").setFont(f));
        }
        return out.toByteArray();
    }
}
