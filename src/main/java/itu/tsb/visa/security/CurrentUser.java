package itu.tsb.visa.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: who, which role, and for applicants which entity they act for. */
public record CurrentUser(String username, String passwordHash, Role role, Long entityId) implements UserDetails {

    public boolean isStaff() {
        return role == Role.TSB_STAFF || role == Role.ADMIN;
    }

    /**
     * What this user's role lets them do beyond a single request (each request's view lists those), for the pages
     * to show what is accepted: send requests, record those received by fax or e-mail, keep drafts, work the review
     * inbox, maintain the reference data, manage accounts, read the statistics.
     */
    public List<String> capabilities() {
        boolean auditor = role == Role.AUDITOR;
        java.util.ArrayList<String> may = new java.util.ArrayList<>();
        if (isApplicant() || isStaff()) {
            may.addAll(List.of("submit", "drafts"));
        }
        if (isStaff()) {
            may.addAll(List.of("intake", "reviewInbox", "manageReference"));
        }
        if (role == Role.ADMIN) {
            may.add("manageUsers");
        }
        if (isStaff() || auditor) {
            may.add("statistics");
        }
        return List.copyOf(may);
    }

    public boolean isApplicant() {
        return role == Role.APPLICANT;
    }

    /** Whether this user may see requests of the given entity. */
    public boolean maySee(Long requestEntityId) {
        return role != Role.APPLICANT || (entityId != null && entityId.equals(requestEntityId));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + ", " + role + "]";
    }
}
