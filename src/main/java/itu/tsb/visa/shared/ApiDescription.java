package itu.tsb.visa.shared;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The OpenAPI description integrators read ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html}):
 * each operation says which roles may call it (from its {@code @PreAuthorize}) and the problems it can
 * answer, each as application/problem+json with field errors.
 */
@Configuration
class ApiDescription {

    private static final Map<String, String> PROBLEMS = Map.of(
            "400", "Invalid fields: `errors` lists each field and what is wrong with it.",
            "401", "Not signed in: a session, HTTP Basic, or an API token (`Authorization: Bearer vt_...`).",
            "403", "The role or entity does not allow this (or a session call without its CSRF token).",
            "404", "Nothing of that id that the caller may see.",
            "409", "Not in a state for this (a request already final, a name taken).");

    /** Operations are grouped by the module that serves them. */
    private static final Map<String, String> MODULES = Map.of(
            "request", "Requests (administrations and staff)",
            "review", "Review (TSB staff)",
            "letter", "Letters and their verification",
            "reference", "Meetings, entities and registrations",
            "security", "Accounts, tokens and sign-in",
            "audit", "Audit trails",
            "retention", "Retention of personal data",
            "shared", "Operations");

    private static String module(Class<?> type) {
        String rest = type.getPackageName().substring("itu.tsb.visa".length());
        return rest.startsWith(".") ? rest.substring(1).split("\\.")[0] : rest;
    }

    @Bean
    OpenAPI visaOpenApi() {
        return new OpenAPI().info(new Info().title("ITU TSB visa assistance")
                .description("Requests for TSB's support of delegates' Swiss visa applications, their review, and"
                        + " the official letters. Every error is application/problem+json.")
                .version("1").license(new License().name("AGPL-3.0-or-later")));
    }

    @Bean
    OperationCustomizer rolesAndProblems() {
        return (operation, handler) -> {
            operation.setTags(List.of(MODULES.getOrDefault(module(handler.getBeanType()), "Other")));
            PreAuthorize rule = handler.getMethodAnnotation(PreAuthorize.class);
            String who = rule == null ? "Any signed-in user (what each sees depends on role and entity)."
                    : "Roles: " + rule.value().replaceAll("has(Any)?Role\\(|\\)|'", "").replace(",", ", ") + ".";
            operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            Content problem = new Content().addMediaType("application/problem+json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
            PROBLEMS.forEach((status, text) -> responses.putIfAbsent(status,
                    new ApiResponse().description(text).content(problem)));
            operation.setResponses(responses);
            return operation;
        };
    }

    @Bean
    org.springdoc.core.customizers.OpenApiCustomizer problemSchema() {
        return api -> api.getComponents().addSchemas("Problem", new Schema<Map<String, Object>>().type("object")
                .description("RFC 9457 problem details, with the fields at fault")
                .addProperty("type", new Schema<String>().type("string"))
                .addProperty("title", new Schema<String>().type("string"))
                .addProperty("status", new Schema<Integer>().type("integer"))
                .addProperty("detail", new Schema<String>().type("string"))
                .addProperty("errors", new Schema<>().type("array").items(new Schema<Map<String, Object>>().type("object")
                        .addProperty("field", new Schema<String>().type("string"))
                        .addProperty("message", new Schema<String>().type("string")))));
    }
}
