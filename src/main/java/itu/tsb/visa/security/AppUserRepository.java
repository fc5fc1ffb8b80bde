package itu.tsb.visa.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {
    Optional<AppUser> findByUsername(String username);

    Optional<AppUser> findByUsernameKey(String usernameKey);

    java.util.List<AppUser> findAllByOrderByUsernameKeyAsc();

    List<AppUser> findByRoleAndOrganizationIdAndEmailIsNotNull(Role role, Long organizationId);
}
