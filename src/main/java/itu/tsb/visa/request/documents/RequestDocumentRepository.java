package itu.tsb.visa.request.documents;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RequestDocumentRepository extends JpaRepository<RequestDocument, Long> {

    /** The documents of a request, without their content. */
    @Query("select new itu.tsb.visa.request.documents.RequestDocuments$Listed(d.id, d.kind, d.participantId, d.contentType, d.size,"
            + " d.uploadedBy, d.uploadedAt) from RequestDocument d where d.requestId = ?1 order by d.id")
    List<RequestDocuments.Listed> listed(Long requestId);

    @Modifying
    @Query("delete from RequestDocument d where d.requestId in ?1")
    int deleteByRequestIdIn(Collection<Long> requestIds);

    long countByRequestId(Long requestId);

    /** The documents of one slot: the request's covering letter (no person) or one person's passport page. */
    long countByRequestIdAndKindAndParticipantId(Long requestId, DocumentKind kind, Long participantId);

    @Query("select coalesce(sum(d.size), 0) from RequestDocument d where d.requestId = ?1")
    long bytesOf(Long requestId);
}
