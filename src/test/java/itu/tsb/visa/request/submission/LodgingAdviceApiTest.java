package itu.tsb.visa.request.submission;

import static itu.tsb.visa.support.Api.AUDITOR;
import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.applicantOf;
import static itu.tsb.visa.support.Api.check;
import static itu.tsb.visa.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;

import itu.tsb.visa.support.ApiTest;

/**
 * The lodging window (Art. 9(1) of the Visa Code) said on the submission form as soon as the meeting is
 * chosen, before anything is stored: warnings, in the reader's language, for the day the request is received.
 */
class LodgingAdviceApiTest extends ApiTest {

    @Test
    void theFormSaysWhenTheApplicationsCanBeLodged() {
        long entity = api.memberState();
        String meeting = api.fgSmartGrid(); // 14 to 16 June 2010
        String url = "/api/meetings/" + meeting + "/lodging";

        assertThat(check(api.get(url + "?received=2010-05-10", applicantOf(entity)), 200).body().path("warnings")).isEmpty();
        assertThat(check(api.get(url + "?received=2010-06-05", STAFF), 200).body().path("warnings").get(0).asText())
                .contains("at least 15 days before travel", "30 May 2010");
        assertThat(check(api.get(url + "?received=2010-01-02", STAFF), 200).body().path("warnings").get(0).asText())
                .contains("at most 3 months before travel", "14 March 2010");
        assertThat(check(api.call(get(url + "?received=2010-06-05").header("Accept-Language", "fr"), STAFF, null), 200)
                .body().path("warnings").get(0).asText()).contains("30 mai 2010");
        assertThat(fields(check(api.get(url + "?received=31/02/2010", STAFF), 400))).containsExactly("received");
        check(api.get("/api/meetings/NO-SUCH-MEETING/lodging", STAFF), 404);
        check(api.get(url, AUDITOR), 403);
    }
}
