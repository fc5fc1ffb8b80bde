package itu.tsb.visa.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {
    /** Written out: a query string is translated to SQL once, a derived (criteria) query at every call. */
    @Query("select m from Meeting m where m.code = ?1")
    Optional<Meeting> findByCode(String code);

    List<Meeting> findByLastDayBefore(LocalDate day);
}
