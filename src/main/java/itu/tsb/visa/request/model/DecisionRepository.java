package itu.tsb.visa.request.model;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<Decision, Long> {
    List<Decision> findByRequestIdOrderByIdAsc(Long requestId);

    List<Decision> findByRequestIdInOrderByIdAsc(java.util.Collection<Long> requestIds);
}
