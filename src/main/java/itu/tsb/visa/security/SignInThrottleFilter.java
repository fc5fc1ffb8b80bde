package itu.tsb.visa.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a sign-in attempt (HTTP Basic credentials, or the sign-in page's form) for a user name or from
 * an address that {@link SignInThrottle} has locked out: 429 with {@code Retry-After}, before the
 * password is even checked, so that the right password does not get through either. API clients get
 * problem+json, a browser a page that says when to try again.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod())
                && "/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
        Optional<String> name = form ? Optional.ofNullable(request.getParameter("username")) : basicName(request);
        if (name.isPresent()) {
            Optional<Long> wait = throttle.retryAfter(name.get(), request.getRemoteAddr());
            if (wait.isPresent()) {
                refuse(response, wait.get(), form);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static final BasicAuthenticationConverter BASIC = new BasicAuthenticationConverter();

    /** The user name of HTTP Basic credentials, read as the authentication filter reads them. */
    private static Optional<String> basicName(HttpServletRequest request) {
        try {
            return Optional.ofNullable(BASIC.convert(request)).map(auth -> auth.getName());
        } catch (AuthenticationException malformed) {
            return Optional.empty(); // the authentication filter refuses it
        }
    }

    private static void refuse(HttpServletResponse response, long seconds, boolean page) throws IOException {
        long minutes = (seconds + 59) / 60;
        String detail = "Too many failed sign-ins for this user name from this address; try again in " + minutes
                + (minutes == 1 ? " minute." : " minutes.");
        response.setHeader("Retry-After", Long.toString(seconds));
        if (!page) {
            SecurityConfig.problem(response, HttpStatus.TOO_MANY_REQUESTS, detail);
            return;
        }
        response.setStatus(429);
        response.setContentType("text/html;charset=UTF-8");
        String body = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in"
                + "</title><link rel=\"stylesheet\" href=\"/css/app.css\"></head><body><main><h1>Sign in</h1>"
                + "<div class=\"problem\" role=\"alert\">" + detail + "</div><p><a href=\"/login.html\">Back to"
                + " the sign-in page</a></p></main></body></html>";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
