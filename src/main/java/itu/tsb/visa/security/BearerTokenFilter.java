package itu.tsb.visa.security;

import java.io.IOException;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import itu.tsb.visa.audit.AuditLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs a call in with its {@code Authorization: Bearer} token, for that call only; each use is audited.
 * An unknown or revoked token, or one whose account is disabled, is a 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final AuditLog audit;

    BearerTokenFilter(ApiTokens tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader("Authorization").substring("Bearer ".length()).trim();
        Optional<CurrentUser> account = tokens.accountOf(token);
        if (account.isEmpty()) {
            SecurityConfig.problem(response, HttpStatus.UNAUTHORIZED, "The token is not known, or was revoked.");
            return;
        }
        CurrentUser user = account.get();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        audit.recordNow(null, user.username(), "TOKEN_USED", request.getMethod() + " " + request.getRequestURI());
        chain.doFilter(request, response);
    }
}
