package itu.tsb.visa.notification;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {
    List<Notification> findByStatusOrderByIdAsc(String status, Limit limit);

    /** The letters queued for representations for a request, since an instant (what one issuance sent). */
    List<Notification> findByRequestIdAndAttachmentLetterIdNotNullAndCreatedAtGreaterThanEqualOrderByIdAsc(Long requestId,
            java.time.Instant since);

    List<Notification> findByRequestIdOrderByIdAsc(Long requestId);

    long countByStatus(String status);

    @org.springframework.data.jpa.repository.Query("select min(n.createdAt) from Notification n where n.status = ?1")
    java.time.Instant oldestCreatedAt(String status);
}
