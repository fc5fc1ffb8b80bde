package itu.tsb.visa.letter;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LetterRepository extends JpaRepository<Letter, Long> {
    List<Letter> findByRequestIdOrderByParticipantIdAscVersionAsc(Long requestId);

    List<Letter> findByParticipantIdOrderByVersionDesc(Long participantId);

    Optional<Letter> findByVerifyToken(String token);

    /** How many letters stand issued for each of these requests: [request id, count]. */
    @org.springframework.data.jpa.repository.Query("select l.requestId, count(l) from Letter l where l.requestId in :ids"
            + " and l.status = '" + Letter.ISSUED + "' group by l.requestId")
    List<Object[]> issuedCounts(java.util.Collection<Long> ids);
}
