package itu.tsb.visa.request;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.shared.InvalidInput;
import itu.tsb.visa.shared.NotAllowed;
import itu.tsb.visa.shared.NotFound;
import itu.tsb.visa.shared.WrongState;

/**
 * The documents ITU's procedure asks for: the signed covering letter and each person's passport data page.
 * A PDF, PNG or JPEG recognised by its content (never by its name), at most 5 MB, encrypted at rest; sent by
 * the applicant or by staff, opened by staff and auditors alone, each opening audited; deleted with the
 * request's other personal data after retention.
 */
@Service
@Transactional
public class RequestDocuments {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** A document as lists show it: no content. */
    public record Listed(Long id, DocumentKind kind, Long participantId, String contentType, int size, String uploadedBy,
            Instant uploadedAt) {
    }

    /** A document to hand out. */
    public record Content(String contentType, byte[] bytes, String filename) {
    }

    private final RequestDocumentRepository documents;
    private final VisibleRequests visible;
    private final AuditLog audit;
    private final Clock clock;

    RequestDocuments(RequestDocumentRepository documents, VisibleRequests visible, AuditLog audit, Clock clock) {
        this.documents = documents;
        this.visible = visible;
        this.audit = audit;
        this.clock = clock;
    }

    public Listed add(Long requestId, DocumentKind kind, Long participantId, byte[] content, CurrentUser user) {
        VisaRequest request = visible.toChange(requestId, user);
        if (request.isPurged()) {
            throw new WrongState("The personal data of " + request.getReference()
                    + " was deleted after the retention period; no document can be added.");
        }
        if (kind == null) {
            throw InvalidInput.of("kind", "must be COVERING_LETTER or PASSPORT_PAGE");
        }
        if (kind == DocumentKind.PASSPORT_PAGE) {
            if (participantId == null || request.participant(participantId).isEmpty()) {
                throw InvalidInput.of("participantId", "name the person of this request whose passport page it is");
            }
        } else if (participantId != null) {
            throw InvalidInput.of("participantId", "a covering letter is the request's, not one person's");
        }
        if (content == null || content.length == 0) {
            throw InvalidInput.of("file", "is empty");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInput.of("file", "has " + content.length + " bytes; at most " + MAX_BYTES + " (5 MB)");
        }
        String type = typeOf(content);
        if (type == null) {
            throw InvalidInput.of("file", "is not a PDF, PNG or JPEG (judged by its content, whatever its name)");
        }
        RequestDocument saved = documents.save(new RequestDocument(requestId, participantId, kind, type, content,
                user.username(), clock.instant()));
        audit.record(requestId, user.username(), "DOCUMENT_ADDED", kind + (participantId == null ? "" : " of participant "
                + request.participant(participantId).map(Participant::getPosition).orElse(0)) + ", " + type + ", "
                + content.length + " bytes");
        return listed(saved);
    }

    @Transactional(readOnly = true)
    public List<Listed> of(Long requestId, CurrentUser user) {
        visible.get(requestId, user);
        return documents.listed(requestId);
    }

    /** The document, for staff and auditors: each opening is in the audit trail. */
    public Content open(Long requestId, Long documentId, CurrentUser user) {
        VisaRequest request = visible.get(requestId, user);
        if (!user.isStaff() && user.role() != itu.tsb.visa.security.Role.AUDITOR) {
            throw new NotAllowed("Documents are shown to TSB staff and auditors only.");
        }
        RequestDocument d = documents.findById(documentId).filter(x -> x.getRequestId().equals(requestId))
                .orElseThrow(() -> new NotFound("Request " + request.getReference() + " has no document " + documentId + "."));
        audit.record(requestId, user.username(), "DOCUMENT_READ", d.getKind() + " " + documentId);
        String extension = d.getContentType().equals("application/pdf") ? "pdf"
                : d.getContentType().equals("image/png") ? "png" : "jpg";
        return new Content(d.getContentType(), d.getContent(), d.getKind().name().toLowerCase() + "-" + documentId + "." + extension);
    }

    /** Deleted with the rest of these requests' personal data. */
    int purge(List<Long> requestIds) {
        return requestIds.isEmpty() ? 0 : documents.deleteByRequestIdIn(requestIds);
    }

    /** PDF, PNG or JPEG by their first bytes; null for anything else. */
    static String typeOf(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... magic) {
        return b.length >= magic.length && Arrays.equals(Arrays.copyOf(b, magic.length), bytes(magic));
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static Listed listed(RequestDocument d) {
        return new Listed(d.getId(), d.getKind(), d.getParticipantId(), d.getContentType(), d.getSize(), d.getUploadedBy(),
                d.getUploadedAt());
    }
}
