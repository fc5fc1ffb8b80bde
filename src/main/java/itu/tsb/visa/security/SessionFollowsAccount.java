package itu.tsb.visa.security;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import itu.tsb.visa.audit.AuditLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A session speaks for its account as the account is now, not as it was at sign-in: at every call the
 * account is read again, and a session whose account was disabled, given another role or entity, or
 * whose password was changed or reset since it signed in ends there (recorded in the audit trail). The
 * call goes on unauthenticated: 401 for the API, the sign-in page for a browser. HTTP Basic calls and
 * API tokens read the account at each call already.
 */
class SessionFollowsAccount extends OncePerRequestFilter {

    /** Where the sign-in page's session keeps who signed in. */
    private static final String SIGNED_IN = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final Users users;
    private final AuditLog audit;

    SessionFollowsAccount(Users users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        CurrentUser user = Users.of(SecurityContextHolder.getContext().getAuthentication());
        if (session != null && session.getAttribute(SIGNED_IN) != null && user != null) {
            Optional<String> why = users.whySessionEnds(user);
            if (why.isPresent()) {
                SecurityContextHolder.clearContext();
                session.invalidate();
                audit.recordNow(null, user.username(), "SESSION_ENDED", why.get());
            }
        }
        chain.doFilter(request, response);
    }
}
