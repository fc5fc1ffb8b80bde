package itu.tsb.visa.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The session of the call that changed its own account's password: it goes on as the account now is,
 * while every other session of the account ends at its next call ({@link SessionFollowsAccount}).
 */
final class SignedInSession {

    private static final HttpSessionSecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

    private SignedInSession() {
    }

    /** Only a call riding on the sign-in page's session has one to carry on; API clients have none. */
    static void carryOn(CurrentUser now, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) == null || request.getHeader("Authorization") != null) {
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
        SecurityContextHolder.setContext(context);
        SESSIONS.saveContext(context, request, response);
    }
}
