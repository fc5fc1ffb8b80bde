package itu.tsb.visa.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.shared.web.DatabaseAway;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Two ways in, kept apart. A call with HTTP Basic credentials (an API client) is authenticated by them
 * alone: it never creates, reads or uses a session, so a session cookie beside it counts for nothing and
 * it needs no CSRF token. Every other call is a browser's: it rides on the session of the sign-in page
 * and every state-changing call must echo the XSRF-TOKEN cookie in an X-XSRF-TOKEN header, whatever
 * other headers it carries. Browsers are never sent {@code WWW-Authenticate: Basic} (they would cache the
 * credentials and attach them to cross-site requests); only a call that itself sent Basic credentials
 * and failed is. Unauthenticated API calls get a problem+json 401 rather than a login page.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
            + " frame-ancestors 'none'; form-action 'self'";
    /** The pages use no device, sensor or payment feature: none is granted to them or to anything they embed. */
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(),"
            + " serial=(), bluetooth=(), hid=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=(),"
            + " display-capture=(), fullscreen=(self)";
    private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    /** The load balancer's probes: open, and saying only UP or DOWN. */
    private static final RequestMatcher PROBES = request -> "GET".equals(request.getMethod())
            && ("/actuator/health/liveness".equals(request.getRequestURI())
                    || "/actuator/health/readiness".equals(request.getRequestURI()));
    /** Every other management endpoint (health details, metrics): admins only. */
    private static final RequestMatcher ACTUATOR = PathPatternRequestMatcher.withDefaults().matcher("/actuator/**");
    /** An API client's call: it carries Basic credentials of its own. */
    private static final RequestMatcher BASIC = request -> {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    };

    /**
     * A browser's cross-site request (Fetch Metadata): a form on another site that rides on Basic credentials
     * the browser remembered is refused, whatever they are.
     */
    private static final RequestMatcher CROSS_SITE = request -> "cross-site".equals(request.getHeader("Sec-Fetch-Site"));

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Calls that carry one of our API tokens (Bearer, with our prefix); anything else goes to the chains below. */
    private static final RequestMatcher TOKEN = request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith("Bearer " + ApiTokens.PREFIX);
    };

    @Bean
    @Order(0)
    SecurityFilterChain tokenClients(HttpSecurity http, ApiTokens tokens, AuditLog audit) throws Exception {
        http.securityMatcher(TOKEN)
            .addFilterBefore(new BearerTokenFilter(tokens, audit), BasicAuthenticationFilter.class)
            .authorizeHttpRequests(auth -> auth
                    .requestMatchers(CROSS_SITE).denyAll()
                    .requestMatchers(PROBES).permitAll()
                    .requestMatchers(ACTUATOR).hasRole("ADMIN")
                    .anyRequest().authenticated())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
            .requestCache(cache -> cache.disable())
            .csrf(csrf -> csrf.disable())
            .headers(SecurityConfig::headers)
            .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized(false)).accessDeniedHandler(forbidden()));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiClients(HttpSecurity http, SignInThrottle throttle) throws Exception {
        http.securityMatcher(BASIC)
            .addFilterBefore(new SignInThrottleFilter(throttle), BasicAuthenticationFilter.class)
            .authorizeHttpRequests(auth -> auth
                    .requestMatchers(CROSS_SITE).denyAll()
                    .requestMatchers("/verify/**", "/error", "/api/csrf").permitAll()
                    .requestMatchers(PROBES).permitAll()
                    .requestMatchers(ACTUATOR).hasRole("ADMIN")
                    .anyRequest().authenticated())
            .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized(true))
                    .securityContextRepository(new NullSecurityContextRepository()))
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
            .requestCache(cache -> cache.disable())
            .csrf(csrf -> csrf.disable())
            .headers(SecurityConfig::headers)
            .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized(true)).accessDeniedHandler(forbidden()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browsers(HttpSecurity http, SignInThrottle throttle, Users users, AuditLog audit,
            org.springframework.beans.factory.ObjectProvider<org.springframework.security.oauth2.client.registration.ClientRegistrationRepository> oidc,
            org.springframework.beans.factory.ObjectProvider<org.springframework.security.oauth2.client.userinfo.OAuth2UserService<
                    org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest,
                    org.springframework.security.oauth2.core.oidc.user.OidcUser>> oidcPeople) throws Exception {
        if (oidc.getIfAvailable() != null) {
            // single sign-on through the organisation's provider, beside the local accounts (OidcSignIn)
            http.oauth2Login(login -> login.loginPage("/login.html").defaultSuccessUrl("/", false)
                    .failureUrl("/login.html?error=provider")
                    .userInfoEndpoint(info -> info.oidcUserService(oidcPeople.getObject())));
        }
        http.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
            .addFilterAfter(new SessionFollowsAccount(users, audit), SecurityContextHolderFilter.class)
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/verify/**", "/login", "/login.html", "/error", "/css/**", "/js/login.js", "/js/i18n.js", "/js/words.js",
                        "/api/csrf", "/api/sign-in-options", "/favicon.ico", "/oauth2/**", "/login/oauth2/**").permitAll()
                .requestMatchers(PROBES).permitAll()
                .requestMatchers(ACTUATOR).hasRole("ADMIN")
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login.html").loginProcessingUrl("/login")
                    .failureUrl("/login.html?error").defaultSuccessUrl("/", false))
            .logout(logout -> logout.logoutSuccessUrl("/login.html?logout"))
            .csrf(csrf -> csrf
                    .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                    .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
            .headers(SecurityConfig::headers)
            .exceptionHandling(ex -> ex
                    .defaultAuthenticationEntryPointFor(unauthorized(false), API)
                    .defaultAuthenticationEntryPointFor(unauthorized(false), ACTUATOR)
                    .defaultAccessDeniedHandlerFor(forbidden(), API)
                    .defaultAccessDeniedHandlerFor(forbidden(), ACTUATOR));
        return http.build();
    }

    private static void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS))
                // on HTTPS only (behind a proxy: with VISA_FORWARDED_HEADERS=native), a year, subdomains too
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true));
    }

    /** 401 as problem+json; the Basic challenge only to a caller that sent Basic credentials itself. */
    private static AuthenticationEntryPoint unauthorized(boolean challenge) {
        return (request, response, e) -> {
            if (DatabaseAway.is(e)) {
                response.setHeader("Retry-After", Integer.toString(DatabaseAway.RETRY_AFTER_SECONDS));
                problem(response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseAway.MESSAGE);
                return;
            }
            if (challenge) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"visa\"");
            }
            problem(response, HttpStatus.UNAUTHORIZED, challenge ? "The credentials were not accepted."
                    : "Sign in first (the login page, or HTTP Basic credentials sent with the call).");
        };
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, e) -> problem(response, HttpStatus.FORBIDDEN,
                "Refused: a call riding on the session must send the X-XSRF-TOKEN header (GET /api/csrf),"
                        + " or the role does not allow this.");
    }

    /** A problem+json answer from a filter, before any controller (and so ProblemHandler) is reached. */
    static void problem(HttpServletResponse response, HttpStatus status, String detail)
            throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String said = itu.tsb.visa.shared.text.Sentences.say(detail, itu.tsb.visa.shared.web.ReaderLanguage.current());
        // JSON is UTF-8 by definition: written as bytes, the type needs no charset
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + said.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\",\"errors\":[]}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
