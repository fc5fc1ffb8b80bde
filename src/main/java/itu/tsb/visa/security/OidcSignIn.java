package itu.tsb.visa.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;

import itu.tsb.visa.shared.DomainException;

/**
 * Single sign-on with an organisation's OpenID Connect provider, on when {@code VISA_OIDC_ISSUER} is set
 * (with {@code VISA_OIDC_CLIENT_ID} and {@code VISA_OIDC_CLIENT_SECRET}); local accounts stay. The
 * provider says who the person is and, in claims, their role ({@code VISA_OIDC_ROLE_CLAIM}, default
 * {@code visa_role}: APPLICANT, TSB_STAFF, AUDITOR or ADMIN) and, for an applicant, the entity they act
 * for ({@code VISA_OIDC_ENTITY_CLAIM}, default {@code visa_entity}: its id). A sign-in without a role, or
 * an applicant without an entity, is refused. The person gets a local account of the provider's name
 * ({@code preferred_username}), brought in line with the claims at each sign-in, which an admin can
 * disable; no password works for it, and a local account with a password is never taken over.
 */
@Configuration
// on with an issuer; an empty VISA_OIDC_ISSUER (as .env.example leaves it) keeps it off
@ConditionalOnExpression("!'${visa.oidc.issuer:}'.isBlank()")
class OidcSignIn {

    static final String REGISTRATION = "oidc";

    /** Who signed in through the provider: the provider's user, as our user. */
    static final class Person extends DefaultOidcUser {
        private final CurrentUser user;

        Person(OidcUser from, CurrentUser user, Collection<? extends GrantedAuthority> authorities) {
            super(authorities, from.getIdToken(), from.getUserInfo(), "sub");
            this.user = user;
        }

        CurrentUser user() {
            return user;
        }

        @Override
        public String getName() {
            return user.username();
        }
    }

    @Bean
    ClientRegistrationRepository oidcClients(@Value("${visa.oidc.issuer}") String issuer,
            @Value("${visa.oidc.client-id}") String clientId, @Value("${visa.oidc.client-secret:}") String secret,
            @Value("${visa.oidc.label:your organisation}") String label) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(issuer).registrationId(REGISTRATION)
                .clientId(clientId).clientSecret(secret).scope("openid", "profile", "email").clientName(label)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> oidcPeople(Users users, itu.tsb.visa.reference.ReferenceData reference,
            @Value("${visa.oidc.role-claim:visa_role}") String roleClaim,
            @Value("${visa.oidc.entity-claim:visa_entity}") String entityClaim) {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser person = provider.loadUser(request);
            String name = person.getPreferredUsername() != null ? person.getPreferredUsername() : person.getSubject();
            Role role;
            try {
                role = Role.valueOf(String.valueOf(person.getClaims().get(roleClaim)).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw refused("The provider gave no role for " + name + " (claim " + roleClaim + ": one of "
                        + List.of(Role.values()) + ").");
            }
            // only applicants act for an entity: another role's entity claim is left aside
            Object entity = role == Role.APPLICANT ? person.getClaims().get(entityClaim) : null;
            Long entityId;
            try {
                entityId = entity == null || String.valueOf(entity).isBlank() ? null : Long.valueOf(String.valueOf(entity).trim());
            } catch (NumberFormatException e) {
                throw refused("The provider's entity for " + name + " (claim " + entityClaim + ") is not an entity id.");
            }
            try {
                if (entityId != null) {
                    reference.organization(entityId, entityClaim);
                }
                CurrentUser user = users.signedInExternally(name, role, entityId, person.getEmail());
                return new Person(person, user, user.getAuthorities());
            } catch (DomainException e) {
                throw refused(e.getMessage());
            }
        };
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null), why);
    }
}
