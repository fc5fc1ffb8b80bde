package itu.tsb.visa.reference;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistrationRepository extends JpaRepository<Registration, Long>, RegistrationsByNumber {

    List<Registration> findByMeetingId(Long meetingId);
}
