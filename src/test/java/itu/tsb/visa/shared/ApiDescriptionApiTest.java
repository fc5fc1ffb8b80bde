package itu.tsb.visa.shared;

import static itu.tsb.visa.support.Api.STAFF;
import static itu.tsb.visa.support.Api.check;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;

import itu.tsb.visa.support.ApiTest;

/** Every route of our API is in the OpenAPI description, with its roles and its problem answers. */
class ApiDescriptionApiTest extends ApiTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping routes;

    @Test
    void everyControllerRouteIsDescribed() {
        JsonNode paths = check(api.get("/v3/api-docs", STAFF), 200).body().path("paths");
        List<String> missing = new ArrayList<>();
        routes.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("itu.tsb.visa")) {
                return;
            }
            for (String path : info.getPatternValues()) {
                for (var method : info.getMethodsCondition().getMethods()) {
                    if (!paths.path(path).has(method.name().toLowerCase())) {
                        missing.add(method + " " + path);
                    }
                }
            }
        });

        assertThat(missing).isEmpty();
        assertThat(paths.size()).isGreaterThan(30);
    }

    /** Every body an operation takes or answers has an example, of the right shape for JSON ones. */
    @Test
    void everyBodyHasAnExample() {
        JsonNode paths = check(api.get("/v3/api-docs", STAFF), 200).body().path("paths");
        List<String> without = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            op.getValue().path("requestBody").path("content").fields().forEachRemaining(media -> {
                if (media.getValue().path("example").isMissingNode()) {
                    without.add(where + " request " + media.getKey());
                }
            });
            op.getValue().path("responses").fields().forEachRemaining(response -> response.getValue().path("content")
                    .fields().forEachRemaining(media -> {
                        if (media.getValue().path("example").isMissingNode()) {
                            without.add(where + " " + response.getKey() + " " + media.getKey());
                        }
                    }));
        }));
        assertThat(without).isEmpty();

        JsonNode submit = paths.path("/api/requests").path("post").path("requestBody").path("content")
                .path("application/json").path("example");
        assertThat(submit.path("meeting").asText()).isEqualTo("SG13-2027-02");
        assertThat(submit.path("participants").get(0).path("dateOfBirth").asText()).matches("\\d{4}-\\d\\d-\\d\\d");
        assertThat(submit.path("participants").get(0).path("nationality").asText()).isEqualTo("KE");
        assertThat(paths.path("/api/requests/{id}/review").path("post").path("responses").path("409").path("content")
                .path("application/problem+json").path("example").path("errors").get(0).has("field")).isTrue();
    }

    @Test
    void anOperationSaysWhoMayCallItAndWhatItCanRefuse() {
        JsonNode review = check(api.get("/v3/api-docs", STAFF), 200).body().path("paths")
                .path("/api/requests/{id}/review").path("post");
        JsonNode importing = check(api.get("/v3/api-docs", STAFF), 200).body().path("paths")
                .path("/api/meetings/{code}/registrations/import").path("post");

        assertThat(importing.path("description").asText()).contains("Roles: TSB_STAFF, ADMIN");
        assertThat(importing.path("tags").get(0).asText()).isEqualTo("Meetings, entities and registrations");
        assertThat(review.path("tags").get(0).asText()).isEqualTo("Review (TSB staff)");
        assertThat(review.path("responses").has("409")).isTrue();
        assertThat(review.path("responses").path("400").path("content").has("application/problem+json")).isTrue();
    }

    @Test
    void theDescriptionIsForSignedInUsers() {
        assertThat(api.get("/v3/api-docs", null).status()).isEqualTo(401);
        assertThat(api.get("/swagger-ui/index.html", STAFF).status()).isEqualTo(200);
    }
}
