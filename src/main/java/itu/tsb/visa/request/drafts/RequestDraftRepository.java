package itu.tsb.visa.request.drafts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RequestDraftRepository extends JpaRepository<RequestDraft, Long> {

    Optional<RequestDraft> findByOwnerAndKey(String owner, String key);

    List<RequestDraft> findByOwnerOrderBySavedAtDesc(String owner);

    @Modifying
    @Query("delete from RequestDraft d where d.owner = ?1 and d.key = ?2")
    int deleteByOwnerAndKey(String owner, String key);

    @Modifying
    @Query("delete from RequestDraft d where d.savedAt < ?1")
    int deleteSavedBefore(Instant cutoff);
}
