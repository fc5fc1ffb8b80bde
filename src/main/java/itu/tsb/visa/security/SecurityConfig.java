package itu.tsb.visa.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

/**
 * HTTP Basic and form/session login both work. Calls that carry their own credentials (an
 * Authorization header) need no CSRF token; calls that ride on the session cookie, as our pages' do,
 * must echo the XSRF-TOKEN cookie in an X-XSRF-TOKEN header. Unauthenticated API calls get a
 * problem+json 401 rather than a login page.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/verify/**", "/login", "/login.html", "/error", "/css/**", "/js/login.js",
                        "/api/csrf", "/favicon.ico").permitAll()
                .anyRequest().authenticated())
            .httpBasic(Customizer.withDefaults())
            .formLogin(form -> form.loginPage("/login.html").loginProcessingUrl("/login")
                    .failureUrl("/login.html?error").defaultSuccessUrl("/", false))
            .logout(logout -> logout.logoutSuccessUrl("/login.html?logout"))
            .csrf(csrf -> csrf
                    .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                    .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                    .ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
            .headers(headers -> headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:;"
                            + " style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                    .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
            .exceptionHandling(ex -> ex
                    .defaultAuthenticationEntryPointFor((request, response, e) -> {
                        response.setHeader("WWW-Authenticate", "Basic realm=\"visa\"");
                        problem(response, HttpStatus.UNAUTHORIZED, "Sign in first (HTTP Basic or the login page).");
                    }, new AntPathRequestMatcher("/api/**"))
                    .defaultAccessDeniedHandlerFor((request, response, e) -> problem(response, HttpStatus.FORBIDDEN,
                            "Refused: a call riding on the session must send the X-XSRF-TOKEN header (GET /api/csrf),"
                                    + " or the role does not allow this."), new AntPathRequestMatcher("/api/**")));
        return http.build();
    }

    private static void problem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String detail)
            throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\",\"errors\":[]}");
    }
}
