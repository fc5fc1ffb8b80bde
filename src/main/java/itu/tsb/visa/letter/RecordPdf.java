package itu.tsb.visa.letter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.springframework.stereotype.Component;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.pdfa.PdfADocument;

import itu.tsb.visa.request.RecordPrinter;

/**
 * Prints a worded table as a PDF/A-2b document on landscape A4 pages: the letter's embedded DejaVu Sans
 * (any Latin, Cyrillic or Greek name), its sRGB output intent, the title in the metadata, the header row
 * repeated on every page and page numbers at the foot.
 */
@Component
class RecordPdf implements RecordPrinter {

    @Override
    public byte[] print(RecordPrinter.Table t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        PdfADocument pdf = new PdfADocument(new PdfWriter(out), PdfAConformance.PDF_A_2B,
                new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                        new ByteArrayInputStream(LetterRenderer.srgb())));
        pdf.getDocumentInfo().setTitle(t.title());
        pdf.getDocumentInfo().setCreator("ITU TSB visa assistance");
        pdf.getCatalog().setLang(new PdfString(t.language()));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        PdfFont font = LetterRenderer.font(LetterRenderer.regularFont());
        try (Document doc = new Document(pdf, PageSize.A4.rotate(), false)) {
            doc.setFont(font).setFontSize(8);
            doc.setMargins(36, 36, 36, 36);
            doc.add(new Paragraph(t.title()).setFontSize(13).simulateBold());
            doc.add(new Paragraph(t.subtitle()).setFontSize(8));
            com.itextpdf.layout.element.Table table = new com.itextpdf.layout.element.Table(UnitValue.createPercentArray(t.widths())).useAllAvailableWidth();
            for (String h : t.headers()) {
                table.addHeaderCell(new Cell().add(new Paragraph(h).simulateBold()));
            }
            for (var row : t.rows()) {
                for (String value : row) {
                    table.addCell(new Cell().add(new Paragraph(value == null ? "" : value)));
                }
            }
            doc.add(table);
            int pages = pdf.getNumberOfPages();
            for (int i = 1; i <= pages; i++) {
                doc.showTextAligned(new Paragraph(i + " / " + pages).setFontSize(7),
                        PageSize.A4.rotate().getWidth() - 36, 20, i, com.itextpdf.layout.properties.TextAlignment.RIGHT,
                        com.itextpdf.layout.properties.VerticalAlignment.BOTTOM, 0);
            }
        }
        return out.toByteArray();
    }
}
