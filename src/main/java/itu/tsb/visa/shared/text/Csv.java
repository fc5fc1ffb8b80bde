package itu.tsb.visa.shared.text;

import java.util.List;

/**
 * Writes CSV (RFC 4180: every value quoted, quotes doubled, CRLF between rows) that spreadsheets open
 * safely: a value that a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a
 * carriage return) is prefixed with an apostrophe.
 */
public final class Csv {

    private final StringBuilder out = new StringBuilder();

    public Csv row(List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoted(values.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    public Csv row(Object... values) {
        return row(java.util.Arrays.asList(values));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * The file to download: UTF-8 with a byte-order mark, without which spreadsheets (Excel) read it in the
     * system's code page and garble every accent.
     */
    public byte[] file() {
        return ("\uFEFF" + out).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A header row worded in the reader's language: each column's words under {@code prefix + column}. */
    public Csv header(String prefix, String language, String... columns) {
        return row(java.util.Arrays.stream(columns).map(c -> Wording.of(prefix + c).in(language)).toList());
    }

    static String quoted(Object value) {
        String s = value == null ? "" : value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
