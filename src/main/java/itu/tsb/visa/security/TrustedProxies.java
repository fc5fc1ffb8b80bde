package itu.tsb.visa.security;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * With {@code VISA_FORWARDED_HEADERS=native}, {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are
 * honoured only on connections from the proxies named in {@code VISA_TRUSTED_PROXIES} (their addresses,
 * comma-separated). Tomcat's own default would trust any address of the private ranges, so that a client
 * on an internal network could name itself any address: dodge the sign-in throttle with a new one at each
 * attempt, or have another person's address refused. From any other connection the headers are ignored,
 * and the address that the throttle and the audit trail use is the connection's own.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(TrustedProxies.class);
    private static final Pattern ADDRESS = Pattern.compile("[0-9.]+|[0-9A-Fa-f:]+");
    /** A pattern that matches no address. */
    private static final String NONE = "(?!)";

    private final List<String> proxies;

    TrustedProxies(@Value("${visa.trusted-proxies:}") String proxies) {
        this.proxies = Arrays.stream(proxies.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
        for (String p : this.proxies) {
            if (!ADDRESS.matcher(p).matches()) {
                throw new IllegalArgumentException("VISA_TRUSTED_PROXIES: '" + p + "' is not an IP address; name each"
                        + " proxy by its address, comma-separated (ranges are not accepted)");
            }
        }
    }

    /** The addresses as Tomcat's valve takes them: one pattern that matches exactly these. */
    String pattern() {
        return proxies.isEmpty() ? NONE : proxies.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        boolean honoured = false;
        for (var valve : factory.getEngineValves()) {
            if (valve instanceof RemoteIpValve remoteIp) {
                remoteIp.setInternalProxies(pattern());
                remoteIp.setTrustedProxies(null);
                honoured = true;
            }
        }
        if (honoured && proxies.isEmpty()) {
            log.warn("VISA_FORWARDED_HEADERS=native but VISA_TRUSTED_PROXIES names no proxy: forwarded headers are"
                    + " ignored from every address");
        }
    }

    /** After Spring Boot's own customizer, which adds the valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
