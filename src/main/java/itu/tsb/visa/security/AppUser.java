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

    protected AppUser() {
    }

    AppUser(String username, String passwordHash, Role role, Long organizationId, String email) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.organizationId = organizationId;
        this.email = email;
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
