package itu.tsb.visa.request.correction;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantCorrectionRepository extends JpaRepository<ParticipantCorrection, Long> {

    Optional<ParticipantCorrection> findByParticipantId(Long participantId);

    List<ParticipantCorrection> findByRequestId(Long requestId);
}
