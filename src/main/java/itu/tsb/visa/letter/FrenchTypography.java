package itu.tsb.visa.letter;

/**
 * French typography for the letter's prose, as the Imprimerie nationale's rules have it: the apostrophe
 * ’ rather than ', quotation marks « » with narrow no-break spaces inside, and a narrow no-break space
 * (U+202F) before ; : ! and ? (replacing a space there, or added where none was). Punctuation that is
 * not followed by a space or the end of the text is left alone, so that links ({@code https://…}), times
 * ({@code 10:30}) and references keep their characters.
 */
final class FrenchTypography {

    static final char NARROW_NO_BREAK_SPACE = '\u202f';
    private static final char NO_BREAK_SPACE = '\u00a0';

    private FrenchTypography() {
    }

    static String apply(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean quoteOpen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\'' -> out.append('\u2019');
                case '"' -> {
                    if (quoteOpen) {
                        trimSpaceBefore(out);
                        out.append(NARROW_NO_BREAK_SPACE).append('»');
                    } else {
                        out.append('«').append(NARROW_NO_BREAK_SPACE);
                        while (i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                            i++;
                        }
                    }
                    quoteOpen = !quoteOpen;
                }
                case ';', ':', '!', '?' -> {
                    boolean ends = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
                    if (ends && !out.isEmpty()) {
                        trimSpaceBefore(out);
                        out.append(NARROW_NO_BREAK_SPACE);
                    }
                    out.append(c);
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Drops the spaces (plain or no-break) at the end of what is written so far. */
    private static void trimSpaceBefore(StringBuilder out) {
        while (!out.isEmpty()) {
            char last = out.charAt(out.length() - 1);
            if (last != ' ' && last != NO_BREAK_SPACE && last != NARROW_NO_BREAK_SPACE) {
                return;
            }
            out.setLength(out.length() - 1);
        }
    }
}
