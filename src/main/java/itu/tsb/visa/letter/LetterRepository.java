package itu.tsb.visa.letter;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LetterRepository extends JpaRepository<Letter, Long> {
    List<Letter> findByRequestIdOrderByParticipantIdAscVersionAsc(Long requestId);

    List<Letter> findByParticipantIdOrderByVersionDesc(Long participantId);

    Optional<Letter> findByVerifyToken(String token);
}
