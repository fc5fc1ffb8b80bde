package itu.tsb.visa.request.model;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ChangeFlagRepository extends JpaRepository<ChangeFlag, Long> {

    List<ChangeFlag> findByRequestIdOrderById(Long requestId);

    @Modifying
    @Query("delete from ChangeFlag f where f.requestId = ?1")
    void deleteByRequest(Long requestId);

    @Modifying
    @Query("delete from ChangeFlag f where f.requestId = ?1 and f.participantId = ?2")
    void deleteByPerson(Long requestId, Long participantId);
}
