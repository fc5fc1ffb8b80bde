package itu.tsb.visa.reference;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistrationRepository extends JpaRepository<Registration, Long> {
    Optional<Registration> findByMeetingIdAndConfirmationNumber(Long meetingId, String confirmationNumber);

    List<Registration> findByMeetingId(Long meetingId);
}
