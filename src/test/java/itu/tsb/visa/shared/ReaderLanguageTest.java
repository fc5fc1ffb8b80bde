package itu.tsb.visa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import itu.tsb.visa.shared.web.ReaderLanguage;
import jakarta.servlet.http.Cookie;

/** The reader's language: a link's parameter, else the pages' choice, else Accept-Language, else English. */
class ReaderLanguageTest {

    private final ReaderLanguage resolver = new ReaderLanguage();

    @Test
    void acceptLanguageIsReadAsBrowsersSendIt() {
        assertThat(ReaderLanguage.of("fr-CH, fr;q=0.9, en;q=0.8")).isEqualTo("fr");
        assertThat(ReaderLanguage.of("de-CH, fr;q=0.5")).isEqualTo("fr");
        assertThat(ReaderLanguage.of("de")).isEqualTo("en");
        assertThat(ReaderLanguage.of(null)).isEqualTo("en");
        assertThat(ReaderLanguage.of(";;;q=x")).isEqualTo("en");
    }

    @Test
    void aLinksParameterThenThePagesChoiceThenTheHeader() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "en");
        assertThat(resolver.resolveLocale(request).getLanguage()).isEqualTo("en");
        request.setCookies(new Cookie("visa.lang", "fr"));
        assertThat(resolver.resolveLocale(request).getLanguage()).isEqualTo("fr");
        request.setParameter("lang", "en");
        assertThat(resolver.resolveLocale(request).getLanguage()).isEqualTo("en");
        request.setParameter("lang", "xx");
        assertThat(resolver.resolveLocale(request).getLanguage()).isEqualTo("fr");
    }

    @Test
    void aChosenLanguageIsKeptWhereThePagesKeepIt() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        resolver.setLocale(new MockHttpServletRequest(), response, Locale.FRENCH);
        assertThat(response.getCookie("visa.lang").getValue()).isEqualTo("fr");
        assertThat(response.getCookie("visa.lang").getPath()).isEqualTo("/");
    }
}
