package itu.tsb.visa.reference;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

public interface RegistrationRepository extends JpaRepository<Registration, Long>, RegistrationsByNumber {

    List<Registration> findByMeetingId(Long meetingId);

    /** Deletes the names of these meetings' registrations that still have them; returns how many. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Registration r set r.familyName = null, r.givenNames = null where r.meetingId in ?1"
            + " and (r.familyName is not null or r.givenNames is not null)")
    int purgeNames(Collection<Long> meetingIds);

    /** The rows locked until the transaction ends, in one order (by id) so that two holders never deadlock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Registration r where r.meetingId = ?1 and r.confirmationNumber in ?2 order by r.id")
    List<Registration> lockAll(Long meetingId, Collection<String> confirmationNumbers);
}
