package itu.tsb.visa.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {
    Optional<AppUser> findByUsername(String username);

    Optional<AppUser> findByUsernameKey(String usernameKey);

    java.util.List<AppUser> findAllByOrderByUsernameKeyAsc();

    List<AppUser> findByRoleAndOrganizationIdAndEmailIsNotNull(Role role, Long organizationId);

    @org.springframework.data.jpa.repository.Query("select distinct u.organizationId from AppUser u where u.role = :role"
            + " and u.organizationId in :ids and u.email is not null and u.enabled = true")
    List<Long> organizationsWithEmail(Role role, java.util.Collection<Long> ids);
}
