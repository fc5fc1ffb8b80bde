package itu.tsb.visa.security;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * What Tomcat answers itself, before the application sees a request (an address it refuses, such as
 * {@code /%2e%2e/x}, a header too large): by default an HTML page without the headers every other answer
 * carries. Here it carries them, and is a problem document ({@code application/problem+json}) for API
 * clients and a short page for browsers, with no server name, version or stack trace.
 */
@Component
class ServerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            if (parent instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(Report.class.getName());
                host.getPipeline().addValve(new Report());
            }
        });
    }

    /** After Spring Boot's own customizer, which sets up Tomcat's report. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Tomcat's error report, as this application answers. */
    public static class Report extends ErrorReportValve {

        public Report() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String title = switch (status) {
                case 400 -> "Bad request";
                case 404 -> "Not found";
                case 405 -> "Method not allowed";
                case 413 -> "Request too large";
                case 431 -> "Request header fields too large";
                case 503 -> "Service unavailable";
                default -> status < 500 ? "Request refused" : "Server error";
            };
            String detail = status < 500
                    ? "The server could not read this request (its address, headers or body are not valid HTTP)."
                    : "Something went wrong on our side. Please try again or contact TSB.";
            response.setHeader("Content-Security-Policy", SecurityConfig.CSP);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("Permissions-Policy", SecurityConfig.PERMISSIONS);
            response.setHeader("Cache-Control", "no-store");
            String uri = request.getDecodedRequestURI();
            String accept = request.getHeader("Accept");
            boolean api = (uri != null && uri.startsWith("/api/"))
                    || (accept != null && accept.contains("json") && !accept.contains("text/html"));
            try {
                Writer out = response.getReporter();
                if (out == null) {
                    return;
                }
                if (api) {
                    response.setContentType("application/problem+json");
                    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                    out.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                            + ",\"detail\":\"" + detail + "\"}");
                } else {
                    response.setContentType("text/html");
                    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                    out.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                            + "</title></head><body><main><h1>" + title + "</h1><p>" + detail
                            + "</p><p><a href=\"/\">Visa assistance for ITU meetings</a></p></main></body></html>");
                }
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client went away, or the answer was already under way: nothing more to say
            }
        }
    }
}
