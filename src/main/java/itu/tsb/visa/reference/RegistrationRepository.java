package itu.tsb.visa.reference;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RegistrationRepository extends JpaRepository<Registration, Long> {
    /** Written out: a query string is translated to SQL once, a derived (criteria) query at every call. */
    @Query("select r from Registration r where r.meetingId = ?1 and r.confirmationNumber = ?2")
    Optional<Registration> findByMeetingIdAndConfirmationNumber(Long meetingId, String confirmationNumber);

    List<Registration> findByMeetingId(Long meetingId);
}
