package itu.tsb.visa.letter;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import itu.tsb.visa.shared.text.Wording;

/**
 * The page an embassy's clerk opens from a letter's QR code: the deployment's letterhead, then in words, in
 * the visitor's language (the other one offered), whether the letter is valid, revoked, superseded or
 * expired, with its reference, meeting, dates and the holder's initials and year of birth. A page of its
 * own, without the application's scripts: it must be readable from any browser, at any embassy.
 */
@Component
class VerifyPage {

    private final Stationery stationery;
    private final String letterheadImage;

    VerifyPage(Stationery stationery) {
        this.stationery = stationery;
        this.letterheadImage = stationery.letterheadImage() == null ? null
                : "data:" + (isPng(stationery.letterheadImage()) ? "image/png" : "image/jpeg") + ";base64,"
                        + Base64.getEncoder().encodeToString(stationery.letterheadImage());
    }

    /** The page of a letter found. */
    String of(Letters.Verification v, String language) {
        String status = v.status().name();
        List<String> rows = new ArrayList<>();
        rows.add(row(say("verify.reference", language), "<span id=\"reference\">" + esc(v.reference()) + "</span>"));
        rows.add(row(say("verify.meeting", language), esc(v.meeting())));
        rows.add(row(say("verify.meetingDays", language), esc(Wording.of("verify.meetingSpan", "first", v.meetingFirstDay(),
                "last", v.meetingLastDay()).in(language))));
        rows.add(row(say("verify.issued", language), esc(dateOf(v.issued(), language))));
        if (v.revokedOn() != null) {
            rows.add(row(say("verify.revoked." + (v.status() == Letters.PublicStatus.SUPERSEDED ? "SUPERSEDED" : "REVOKED"),
                    language), "<span id=\"revoked\">" + esc(dateOf(v.revokedOn(), language)) + "</span>"));
        }
        if (v.supersededBy() != null) {
            rows.add(row(say("verify.supersededBy", language), esc(v.supersededBy())));
        }
        if (v.initials() != null) {
            rows.add(row(say("verify.holder", language), "<span id=\"holder\">" + esc(Wording.of("verify.holderValue",
                    "initials", v.initials(), "year", v.yearOfBirth()).in(language)) + "</span>"));
        }
        String says = Wording.of("verify.says." + status, "issued", v.issued(), "revoked", v.revokedOn(),
                "by", v.supersededBy(), "last", v.meetingLastDay()).in(language);
        return page(language, status, says, "<dl class=\"kv\">" + String.join("", rows) + "</dl>");
    }

    /** The page of an unknown letter, or of an address slowed down for guessing ({@code seconds} to wait). */
    String without(String kind, String language, long seconds) {
        return page(language, kind, Wording.of("verify.says." + kind, "seconds", seconds).in(language), "");
    }

    private String page(String language, String status, String says, String facts) {
        String title = say("verify.title." + status, language);
        String other = "fr".equals(language) ? "en" : "fr";
        String css = "VALID".equals(status) ? "valid" : "bad";
        return "<!doctype html><html lang=\"" + language + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
                + " content=\"width=device-width,initial-scale=1\"><meta name=\"robots\" content=\"noindex\">"
                + "<title>" + esc(title) + " \u2013 " + esc(say("verify.heading", language)) + "</title>"
                + "<link rel=\"stylesheet\" href=\"/css/app.css\"></head><body class=\"verify-page\">"
                + "<header class=\"letterhead\">" + (letterheadImage == null ? "" : "<img src=\"" + letterheadImage
                        + "\" alt=\"\" width=\"56\" height=\"56\">")
                + "<p>" + letterhead(language) + "</p></header>"
                + "<main class=\"verify\"><p class=\"muted\">" + esc(say("verify.heading", language)) + "</p>"
                + "<h1 id=\"verdict\" class=\"" + css + "\" data-status=\"" + status + "\">" + esc(title) + "</h1>"
                + "<p id=\"says\">" + esc(says) + "</p>" + facts
                + "<p class=\"muted\">" + esc(say("verify.contact", language)) + "</p></main>"
                + "<footer class=\"verify\"><p><a href=\"?lang=" + other + "\" hreflang=\"" + other + "\" lang=\"" + other
                + "\">" + esc(say("verify.other", language)) + "</a></p></footer></body></html>";
    }

    /** The deployment's address block in the language, or the letter's own words for it. */
    private String letterhead(String language) {
        List<String> lines = LetterRenderer.letterheadLines(stationery, language);
        StringBuilder html = new StringBuilder("<strong>").append(esc(lines.get(0))).append("</strong>");
        lines.subList(1, lines.size()).forEach(line -> html.append("<br>").append(esc(line)));
        return html.toString();
    }

    private static String row(String label, String valueHtml) {
        return "<dt>" + esc(label) + "</dt><dd>" + valueHtml + "</dd>";
    }

    private static String say(String code, String language) {
        return Wording.of(code).in(language);
    }

    private static String dateOf(java.time.LocalDate day, String language) {
        return itu.tsb.visa.shared.text.Dates.human(day, java.util.Locale.forLanguageTag(language));
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8");
    }

    private static boolean isPng(byte[] image) {
        return image.length > 4 && image[0] == (byte) 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G';
    }
}
