package itu.tsb.visa.request.documents;

import java.time.Instant;

import itu.tsb.visa.shared.crypto.EncryptedBytes;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One document of a request (a covering letter, a passport page), its content encrypted at rest. */
@Entity
@Table(name = "request_document")
class RequestDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_document_seq")
    @SequenceGenerator(name = "request_document_seq", sequenceName = "request_document_seq", allocationSize = 50)
    private Long id;
    @Column(name = "request_id")
    private Long requestId;
    @Column(name = "participant_id")
    private Long participantId;
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private int size;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;
    @Basic(fetch = FetchType.LAZY)
    @Convert(converter = EncryptedBytes.class)
    private byte[] content;

    protected RequestDocument() {
    }

    RequestDocument(Long requestId, Long participantId, DocumentKind kind, String contentType, byte[] content,
            String uploadedBy, Instant uploadedAt) {
        this.requestId = requestId;
        this.participantId = participantId;
        this.kind = kind;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long getId() {
        return id;
    }

    Long getRequestId() {
        return requestId;
    }

    Long getParticipantId() {
        return participantId;
    }

    DocumentKind getKind() {
        return kind;
    }

    String getContentType() {
        return contentType;
    }

    int getSize() {
        return size;
    }

    String getUploadedBy() {
        return uploadedBy;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }

    byte[] getContent() {
        return content;
    }
}
