package itu.tsb.visa.security;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {
    Optional<ApiToken> findByTokenHash(String tokenHash);

    java.util.List<ApiToken> findByUserId(Long userId);
}
