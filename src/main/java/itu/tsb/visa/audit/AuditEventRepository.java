package itu.tsb.visa.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {
    List<AuditEvent> findByRequestIdOrderByIdAsc(Long requestId);

    List<AuditEvent> findTop500ByActionInOrderByIdDesc(java.util.Collection<String> actions);
}
