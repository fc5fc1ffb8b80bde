package itu.tsb.visa.letter;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * The letter's QR code as the printed page shows it: the page rendered at 200 dpi, the code found where
 * the PDF draws its one-bit image (on whichever page; the letterhead and a signature are other images), the quiet zone around it (four modules, as the QR standard
 * asks) checked to be blank paper, and the code read from those pixels.
 * <p>
 * The code is read as a whole symbol within its quiet zone. ZXing's search for the three finder squares,
 * on a whole page or on a camera-like frame around the code, fails on about one valid code in three
 * hundred (data modules that draw a square much like a finder; an identical symbol drawn by ZXing's own
 * writer fails alike), which said nothing about the letter and made tests fail at random.
 */
final class QrOnPage {

    private static final int DPI = 200;
    private static final int QUIET_MODULES = 4;

    private QrOnPage() {
    }

    private record Placed(double x, double y, double size, int modules) {
    }

    static String read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> found = new ArrayList<>();
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                List<Placed> images = imagesOn(doc.getPage(page));
                if (!images.isEmpty()) {
                    BufferedImage rendered = new PDFRenderer(doc).renderImageWithDPI(page, DPI);
                    float height = doc.getPage(page).getMediaBox().getHeight();
                    for (Placed code : images) {
                        found.add(read(rendered, code, height));
                    }
                }
            }
            if (found.size() != 1) {
                throw new AssertionError("expected one QR code in the letter, found " + found.size() + " images");
            }
            return found.get(0);
        }
    }

    private static String read(BufferedImage page, Placed code, float pageHeight) {
        double scale = DPI / 72.0;
        double quiet = code.size() / code.modules() * QUIET_MODULES;
        int left = (int) Math.floor((code.x() - quiet) * scale);
        int top = (int) Math.floor((pageHeight - code.y() - code.size() - quiet) * scale);
        int right = (int) Math.ceil((code.x() + code.size() + quiet) * scale);
        int bottom = (int) Math.ceil((pageHeight - code.y() + quiet) * scale);
        if (left < 0 || top < 0 || right > page.getWidth() || bottom > page.getHeight()) {
            throw new AssertionError("the QR code's quiet zone runs off the page");
        }
        BufferedImage frame = page.getSubimage(left, top, right - left, bottom - top);
        // the code's own pixels, rounded inwards by one so that anti-aliased edges count as the code's
        int codeLeft = (int) Math.ceil(code.x() * scale) - left + 1;
        int codeTop = (int) Math.ceil((pageHeight - code.y() - code.size()) * scale) - top + 1;
        int codeSide = (int) Math.floor(code.size() * scale) - 2;
        for (int y = 0; y < frame.getHeight(); y++) {
            for (int x = 0; x < frame.getWidth(); x++) {
                boolean inCode = x >= codeLeft - 2 && x < codeLeft + codeSide + 2 && y >= codeTop - 2 && y < codeTop + codeSide + 2;
                if (!inCode && (frame.getRGB(x, y) & 0xFF) < 0xF0) {
                    throw new AssertionError("something is printed in the QR code's quiet zone, at pixel (" + x + ", "
                            + y + ") of its frame");
                }
            }
        }
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(frame))),
                    Map.of(DecodeHintType.PURE_BARCODE, true)).getText();
        } catch (ReaderException e) {
            throw new AssertionError("the QR code printed on the letter cannot be read", e);
        }
    }

    /** Where each image of the page is drawn, in PDF points (origin at the bottom left), and its pixels. */
    private static List<Placed> imagesOn(PDPage page) throws IOException {
        List<Placed> found = new ArrayList<>();
        PDFStreamEngine engine = new PDFStreamEngine() {
            {
                addOperator(new Concatenate(this));
                addOperator(new DrawObject(this));
                addOperator(new SetMatrix(this));
                addOperator(new Save(this));
                addOperator(new Restore(this));
            }

            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                if ("Do".equals(operator.getName()) && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
                    PDXObject object = getResources().getXObject(name);
                    // the code is the page's one-bit image; the letterhead and the signature are pictures
                    if (object instanceof PDImageXObject image && image.getBitsPerComponent() == 1) {
                        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                        if (Math.abs(m.getScalingFactorX() - m.getScalingFactorY()) > 0.01 || image.getWidth() != image.getHeight()) {
                            throw new AssertionError("the QR code is not drawn square");
                        }
                        found.add(new Placed(m.getTranslateX(), m.getTranslateY(), m.getScalingFactorX(), image.getWidth()));
                        return;
                    }
                }
                super.processOperator(operator, operands);
            }
        };
        engine.processPage(page);
        return found;
    }
}
