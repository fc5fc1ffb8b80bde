package itu.tsb.visa.shared.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;

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
        if (rest.startsWith(".request.review")) {
            // staff's review has a group of its own, though it is a room of the request module
            return "review";
        }
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

    /**
     * An example for every body the API takes or answers, made from its schema: values of the right type and
     * format (a date as 2010-06-14, a country as KE, an enum's first value), so that an integrator sees the
     * shape of each call at once. A problem answer's example names a field at fault.
     */
    @Bean
    org.springdoc.core.customizers.OpenApiCustomizer examples() {
        return api -> {
            @SuppressWarnings("rawtypes")
            Map<String, Schema> components = api.getComponents() == null || api.getComponents().getSchemas() == null
                    ? Map.of() : api.getComponents().getSchemas();
            api.getPaths().values().forEach(path -> path.readOperations().forEach(op -> {
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    op.getRequestBody().getContent().forEach((type, media) -> example(media, type, components));
                }
                if (op.getResponses() != null) {
                    op.getResponses().forEach((status, response) -> {
                        if (response.getContent() != null) {
                            response.getContent().forEach((type, media) -> {
                                if (type.contains("problem")) {
                                    media.setExample(Map.of("type", "about:blank", "title", "Bad Request", "status", 400,
                                            "detail", "Some fields are not right.", "errors", List.of(Map.of("field",
                                                    "meeting", "message", "there is no meeting with code SG99"))));
                                } else {
                                    example(media, type, components);
                                }
                            });
                        }
                    });
                }
            }));
        };
    }

    @SuppressWarnings("rawtypes")
    private static void example(MediaType media, String type, Map<String, Schema> components) {
        if (media.getExample() != null || media.getExamples() != null) {
            return;
        }
        // */* is what springdoc says of a controller that did not name its type: ours answer JSON
        if (type.contains("json") || type.equals("*/*")) {
            media.setExample(sample(media.getSchema(), components, "", 0));
        } else if (type.startsWith("text/csv")) {
            media.setExample("\"reference\",\"status\"\r\n\"TSB/VISA/SG13-2027-02/2026/1\",\"LETTER_ISSUED\"\r\n");
        } else if (type.contains("xml")) {
            media.setExample("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">…</bpmn:definitions>");
        } else if (type.contains("pdf")) {
            media.setExample("(a PDF/A-2b document)");
        } else if (type.startsWith("multipart/")) {
            media.setExample(Map.of("file", "(the document: a PDF, PNG or JPEG)", "kind", "PASSPORT_PAGE", "participantId", 1));
        } else if (type.startsWith("text/")) {
            media.setExample("text");
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static Object sample(Schema s, Map<String, Schema> components, String name, int depth) {
        if (s == null || depth > 8) {
            return null;
        }
        if (s.get$ref() != null) {
            return sample(components.get(s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1)), components, name, depth + 1);
        }
        if (s.getExample() != null) {
            return s.getExample();
        }
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            return s.getEnum().get(0);
        }
        String type = s.getType() != null ? s.getType()
                : s.getTypes() != null && !s.getTypes().isEmpty() ? (String) s.getTypes().iterator().next()
                : s.getProperties() != null ? "object" : null;
        if (type == null) {
            return null;
        }
        String format = s.getFormat() == null ? "" : s.getFormat();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return switch (type) {
            case "object" -> {
                Map<String, Object> object = new java.util.LinkedHashMap<>();
                if (s.getProperties() != null) {
                    ((Map<String, Schema>) s.getProperties()).forEach((key, property) ->
                            object.put(key, sample(property, components, key, depth + 1)));
                } else if (s.getAdditionalProperties() instanceof Schema values) {
                    object.put("key", sample(values, components, "value", depth + 1));
                }
                yield object;
            }
            case "array" -> {
                Object item = sample(s.getItems(), components, name, depth + 1);
                yield item == null ? List.of() : List.of(item);
            }
            case "integer" -> lower.endsWith("page") ? 0 : 1;
            case "number" -> 1.0;
            case "boolean" -> !lower.contains("escalated") && !lower.contains("purged");
            default -> switch (format) {
                case "date" -> "2010-06-14";
                case "date-time" -> "2010-05-17T14:30:00Z";
                default -> text(lower);
            };
        };
    }

    private static String text(String name) {
        if (name.contains("country") || name.contains("nationality")) {
            return "KE";
        }
        if (name.contains("email")) {
            return "focal.point@example.org";
        }
        if (name.contains("reference")) {
            return "TSB/VISA/SG13-2027-02/2026/1";
        }
        if (name.equals("meeting") || name.contains("code")) {
            return "SG13-2027-02";
        }
        if (name.contains("language")) {
            return "fr";
        }
        if (name.contains("familyname")) {
            return "Mwangi";
        }
        if (name.contains("givennames")) {
            return "Grace Wanjiru";
        }
        if (name.contains("city")) {
            return "Nairobi";
        }
        return name.isEmpty() ? "text" : name;
    }
}
