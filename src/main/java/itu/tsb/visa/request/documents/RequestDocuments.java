// Longer than 250 lines: a document's whole check before it is kept (kind, slot, content sniffed, PDF actions, image
// sizes, limits per request) beside the store.
package itu.tsb.visa.request.documents;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.request.model.Participant;
import itu.tsb.visa.request.model.RequestActions;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.model.VisaRequestRepository;
import itu.tsb.visa.request.model.VisibleRequests;
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

    /** Each side of an image at most this many pixels: an A4 page scanned at 1200 dpi has 14,000. */
    static final int MAX_SIDE = 15_000;
    /** And at most this many pixels in all (an A4 page at 600 dpi has 35 million). */
    static final long MAX_PIXELS = 100_000_000L;
    /** Documents of one slot (the covering letter, or one person's passport page): a scan sent again counts. */
    static final int MAX_PER_SLOT = 3;

    private final RequestDocumentRepository documents;
    private final VisaRequestRepository requests;
    private final VisibleRequests visible;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxFiles;
    private final long maxBytes;

    RequestDocuments(RequestDocumentRepository documents, VisaRequestRepository requests, VisibleRequests visible,
            AuditLog audit, Clock clock, @Value("${visa.documents.max-files:30}") int maxFiles,
            @Value("${visa.documents.max-bytes:60MB}") DataSize maxBytes) {
        this.requests = requests;
        this.maxFiles = maxFiles;
        this.maxBytes = maxBytes.toBytes();
        this.documents = documents;
        this.visible = visible;
        this.audit = audit;
        this.clock = clock;
    }

    public Listed add(Long requestId, DocumentKind kind, Long participantId, byte[] content, CurrentUser user) {
        VisaRequest request = visible.toChange(requestId, user);
        RequestActions.require(RequestActions.Action.ADD_DOCUMENT, request, user);
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
        refuseWhatIsNotAPlainDocument(type, content);
        // one upload at a time per request, so that two at once cannot both pass the limits
        requests.lockById(requestId);
        long slot = documents.countByRequestIdAndKindAndParticipantId(requestId, kind, participantId);
        if (slot >= MAX_PER_SLOT) {
            throw InvalidInput.of("file", "request " + request.getReference() + " already has " + slot + " "
                    + (kind == DocumentKind.PASSPORT_PAGE ? "passport pages for this person" : "covering letters")
                    + "; at most " + MAX_PER_SLOT + " are kept: ask TSB if one must be replaced");
        }
        long count = documents.countByRequestId(requestId);
        if (count >= maxFiles) {
            throw InvalidInput.of("file", "request " + request.getReference() + " already has " + count
                    + " documents, the most one request holds");
        }
        long bytes = documents.bytesOf(requestId);
        if (bytes + content.length > maxBytes) {
            throw InvalidInput.of("file", "request " + request.getReference() + " holds " + bytes + " bytes of documents;"
                    + " with this one's " + content.length + " it would pass its limit of " + maxBytes + " bytes");
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
        RequestActions.require(RequestActions.Action.OPEN_DOCUMENTS, request, user);
        RequestDocument d = documents.findById(documentId).filter(x -> x.getRequestId().equals(requestId))
                .orElseThrow(() -> new NotFound("Request " + request.getReference() + " has no document " + documentId + "."));
        audit.record(requestId, user.username(), "DOCUMENT_READ", d.getKind() + " " + documentId);
        String extension = d.getContentType().equals("application/pdf") ? "pdf"
                : d.getContentType().equals("image/png") ? "png" : "jpg";
        return new Content(d.getContentType(), d.getContent(), d.getKind().name().toLowerCase() + "-" + documentId + "." + extension);
    }

    /** Deleted with the rest of these requests' personal data. */
    public int purge(List<Long> requestIds) {
        return requestIds.isEmpty() ? 0 : documents.deleteByRequestIdIn(requestIds);
    }

    /**
     * A PDF that would act when opened (JavaScript, a launched program, an embedded file) or an image whose
     * declared size would take gigabytes to draw is not a scan of a passport or a letter: refused.
     * (Documents are handed out as attachments in any case, never shown inline.)
     */
    private static void refuseWhatIsNotAPlainDocument(String type, byte[] content) {
        if (type.equals("application/pdf")) {
            String text = outsideStreams(new String(content, java.nio.charset.StandardCharsets.ISO_8859_1));
            for (String active : List.of("/JavaScript", "/JS", "/Launch", "/EmbeddedFile")) {
                if (java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(active) + "(?![A-Za-z])").matcher(text).find()) {
                    throw InvalidInput.of("file", "is a PDF with active content (" + active.substring(1) + "): send a"
                            + " plain scan or a PDF printed from it");
                }
            }
            return;
        }
        long[] size = type.equals("image/png") ? pngSize(content) : jpegSize(content);
        if (size == null) {
            throw InvalidInput.of("file", "is not a readable " + (type.equals("image/png") ? "PNG" : "JPEG")
                    + " image: its size could not be read");
        }
        if (size[0] == 0 || size[1] == 0 || size[0] > MAX_SIDE || size[1] > MAX_SIDE || size[0] * size[1] > MAX_PIXELS) {
            throw InvalidInput.of("file", "declares " + size[0] + " x " + size[1] + " pixels; a scan has at most "
                    + MAX_SIDE + " pixels a side and " + MAX_PIXELS / 1_000_000 + " million in all");
        }
    }

    /**
     * The PDF's objects without the data of its streams (a page's image could hold any bytes): the
     * dictionaries, where actions are named. Names inside compressed object streams are not seen; the
     * document is an attachment whatever it holds.
     */
    static String outsideStreams(String pdf) {
        StringBuilder out = new StringBuilder(Math.min(pdf.length(), 1 << 16));
        int at = 0;
        while (true) {
            int start = pdf.indexOf("stream", at);
            while (start > 0 && pdf.startsWith("end", start - 3)) {
                start = pdf.indexOf("stream", start + 6);
            }
            if (start < 0) {
                return out.append(pdf, at, pdf.length()).toString();
            }
            out.append(pdf, at, start);
            int end = pdf.indexOf("endstream", start + 6);
            if (end < 0) {
                return out.toString();
            }
            at = end + "endstream".length();
        }
    }

    /** Width and height from the PNG's IHDR chunk, which must come first; null when it does not. */
    static long[] pngSize(byte[] b) {
        if (b.length < 24 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
            return null;
        }
        return new long[] {uint32(b, 16), uint32(b, 20)};
    }

    /** Width and height from the JPEG's first start-of-frame marker; null when there is none. */
    static long[] jpegSize(byte[] b) {
        int i = 2;
        while (i + 4 <= b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                i += 2;
                continue;
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (i + 9 > b.length) {
                    return null;
                }
                long height = ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF);
                long width = ((b[i + 7] & 0xFF) << 8) | (b[i + 8] & 0xFF);
                return new long[] {width, height};
            }
            if (marker == 0xDA || length < 2) {
                return null; // image data began before any frame header
            }
            i += 2 + length;
        }
        return null;
    }

    private static long uint32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
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
