package itu.tsb.visa.reference;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

public interface RegistrationRepository extends JpaRepository<Registration, Long>, RegistrationsByNumber {

    List<Registration> findByMeetingId(Long meetingId);

    /** The rows locked until the transaction ends, in one order (by id) so that two holders never deadlock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Registration r where r.meetingId = ?1 and r.confirmationNumber in ?2 order by r.id")
    List<Registration> lockAll(Long meetingId, Collection<String> confirmationNumbers);
}
