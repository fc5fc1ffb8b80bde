package itu.tsb.visa.shared;

import static itu.tsb.visa.support.Api.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;

import itu.tsb.visa.support.ApiTest;

/** The API says in Content-Language which language it chose from Accept-Language, the link's or the page's. */
class ContentLanguageApiTest extends ApiTest {

    private String chosenFor(String acceptLanguage) {
        return api.call(get("/api/meetings").header("Accept-Language", acceptLanguage), STAFF, null).headers()
                .get("Content-Language");
    }

    @Test
    void theLanguageChosenIsSaid() {
        assertThat(chosenFor("fr-CH, fr;q=0.9, en;q=0.8")).isEqualTo("fr");
        assertThat(chosenFor("de-CH, fr;q=0.5")).isEqualTo("fr");
        // languages the pages do not have yet get English, and say so
        assertThat(chosenFor("es-419")).isEqualTo("en");
        assertThat(chosenFor("zh-Hans-CN")).isEqualTo("en");
        assertThat(chosenFor("en-GB")).isEqualTo("en");
        assertThat(api.call(get("/api/meetings?lang=fr").header("Accept-Language", "en"), STAFF, null).headers()
                .get("Content-Language")).isEqualTo("fr");
    }
}
