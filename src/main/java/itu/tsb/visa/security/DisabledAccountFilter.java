package itu.tsb.visa.security;

import java.io.IOException;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A session whose account was disabled since it signed in ends at its next call: the
 * session is invalidated and the call goes on unauthenticated (401 for the API, the sign-in page for a
 * browser). HTTP Basic calls are checked at each sign-in already.
 */
class DisabledAccountFilter extends OncePerRequestFilter {

    /** Where the sign-in page's session keeps who signed in. */
    private static final String SIGNED_IN = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final Users users;

    DisabledAccountFilter(Users users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        CurrentUser user = Users.of(SecurityContextHolder.getContext().getAuthentication());
        if (session != null && session.getAttribute(SIGNED_IN) != null && user != null
                && users.isDisabled(user.username())) {
            SecurityContextHolder.clearContext();
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
