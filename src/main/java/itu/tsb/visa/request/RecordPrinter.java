package itu.tsb.visa.request;

import java.util.List;

/**
 * Port to the printer of records an auditor files: a worded table as an archival PDF (PDF/A). Everything
 * is worded before it reaches the printer, which only lays it out.
 */
public interface RecordPrinter {

    /**
     * @param language "en" or "fr", the document's language
     * @param widths the columns' relative widths, one per header
     */
    record Table(String language, String title, String subtitle, List<String> headers, float[] widths,
            List<List<String>> rows) {
    }

    byte[] print(Table table);
}
