package itu.tsb.visa.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "organization_id")
    private Long organizationId;
    private String email;
    private boolean enabled = true;
    /** The name in lower case, unique: names differ by more than case. */
    @Column(name = "username_key")
    private String usernameKey;

    protected AppUser() {
    }

    AppUser(String username, String passwordHash, Role role, Long organizationId, String email) {
        this.username = username;
        this.usernameKey = key(username);
        this.passwordHash = passwordHash;
        this.role = role;
        this.organizationId = organizationId;
        this.email = email;
    }

    static String key(String username) {
        return username.toLowerCase(java.util.Locale.ROOT);
    }

    /** An admin changes what the account may do; null leaves a value as it is, except the entity. */
    void change(Role role, Long organizationId, String email, Boolean enabled) {
        if (role != null) {
            this.role = role;
        }
        this.organizationId = organizationId;
        if (email != null) {
            this.email = email.isBlank() ? null : email;
        }
        if (enabled != null) {
            this.enabled = enabled;
        }
    }

    boolean isEnabled() {
        return enabled;
    }

    String getEmail() {
        return email;
    }

    void changePassword(String hash) {
        this.passwordHash = hash;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    Long getOrganizationId() {
        return organizationId;
    }
}
