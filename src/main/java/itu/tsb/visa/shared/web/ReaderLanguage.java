package itu.tsb.visa.shared.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language a reader gets, English or French: the {@code lang} parameter when a link names it, else the
 * language the reader chose on the pages (the {@code visa.lang} cookie: a link to a PDF or a CSV is opened by
 * the browser without the page's headers), else the {@code Accept-Language} header; English when none says.
 * As Spring's locale resolver, it sets the language of every answer.
 */
@Component("localeResolver")
public class ReaderLanguage implements LocaleResolver {

    private static final List<String> OFFERED = List.of("en", "fr");
    /** Where the pages keep the reader's choice (js/i18n.js). */
    static final String COOKIE = "visa.lang";

    public static String of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "en";
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            String best = Locale.lookupTag(ranges, OFFERED);
            if (best != null) {
                return best;
            }
            // "fr-CH" and the like: lookupTag matches a range by truncating it, so this covers "*" and others
            return ranges.stream().map(r -> r.getRange().split("-")[0]).filter(OFFERED::contains).findFirst().orElse("en");
        } catch (IllegalArgumentException malformed) {
            return "en";
        }
    }

    /** The language of the answer being made ("en" or "fr"); English outside a request. */
    public static String current() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return locale != null && "fr".equals(locale.getLanguage()) ? "fr" : "en";
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String named = request.getParameter("lang");
        if (named != null && OFFERED.contains(named)) {
            return Locale.forLanguageTag(named);
        }
        Cookie[] cookies = request.getCookies();
        for (Cookie cookie : cookies == null ? new Cookie[0] : cookies) {
            if (COOKIE.equals(cookie.getName()) && OFFERED.contains(cookie.getValue())) {
                return Locale.forLanguageTag(cookie.getValue());
            }
        }
        return Locale.forLanguageTag(of(request.getHeader("Accept-Language")));
    }

    /** A language chosen for the reader: kept in the cookie the pages keep it in, for the calls that follow. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (response == null) {
            return;
        }
        Cookie chosen = new Cookie(COOKIE, locale != null && "fr".equals(locale.getLanguage()) ? "fr" : "en");
        chosen.setPath("/");
        chosen.setAttribute("SameSite", "Lax");
        response.addCookie(chosen);
    }
}
