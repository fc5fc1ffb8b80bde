package itu.tsb.visa.notification;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {
    List<Notification> findByStatusOrderByIdAsc(String status, Limit limit);

    List<Notification> findByRequestIdOrderByIdAsc(Long requestId);
}
