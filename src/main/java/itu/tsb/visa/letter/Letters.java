// Longer than 250 lines: the letters' life in one service: issued for a request, reissued after a correction, listed,
// downloaded, revoked and verified.
package itu.tsb.visa.letter;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.Organization;
import itu.tsb.visa.reference.ReferenceData;
import itu.tsb.visa.request.IssuedLetters;
import itu.tsb.visa.request.LetterFiles;
import itu.tsb.visa.request.LetterIssued;
import itu.tsb.visa.request.ParticipantCorrectedAfterIssue;
import itu.tsb.visa.request.PersonDetails;
import itu.tsb.visa.request.RequestPurged;
import itu.tsb.visa.request.RequestsForLetters;
import itu.tsb.visa.request.policy.MeetingAheadPolicy;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.shared.Batches;
import itu.tsb.visa.shared.InvalidInput;
import itu.tsb.visa.shared.NotFound;
import itu.tsb.visa.shared.crypto.PersonalDataCipher;
import itu.tsb.visa.shared.time.TimeConfig;

/** Issues, serves, revokes and verifies letters. */
@Service
@Transactional
public class Letters implements IssuedLetters, LetterFiles {

    private final LetterRepository letters;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final RequestsForLetters requests;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Clock clock;
    private final LetterRenderer renderer;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, LetterContent.Signature> signatures;
    private final String publicUrl;
    private final LetterSigner signer;

    Letters(LetterRepository letters, RequestsForLetters requests, ReferenceData reference, AuditLog audit, Clock clock,
            org.springframework.context.ApplicationEventPublisher events, Stationery stationery,
            @Value("${visa.letter.signatory.en.name:}") String signatoryNameEn,
            @Value("${visa.letter.signatory.en.title}") String signatoryTitleEn,
            @Value("${visa.letter.signatory.fr.name:}") String signatoryNameFr,
            @Value("${visa.letter.signatory.fr.title}") String signatoryTitleFr,
            @Value("${visa.public-url}") String publicUrl,
            @Value("${visa.letter.signing.keystore:}") String keystore,
            @Value("${visa.letter.signing.password:}") String keystorePassword) {
        this.letters = letters;
        this.events = events;
        this.requests = requests;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
        this.renderer = new LetterRenderer(stationery);
        this.signatures = Map.of("en", new LetterContent.Signature(signatoryNameEn, signatoryTitleEn),
                "fr", new LetterContent.Signature(signatoryNameFr, signatoryTitleFr));
        signatures.forEach((language, s) -> {
            printable("VISA_SIGNATORY_NAME_" + language.toUpperCase(java.util.Locale.ROOT), s.name());
            printable("VISA_SIGNATORY_TITLE_" + language.toUpperCase(java.util.Locale.ROOT), s.title());
        });
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.signer = keystore.isBlank() ? null
                : LetterSigner.fromPkcs12(java.nio.file.Path.of(keystore), keystorePassword.toCharArray());
    }

    /** TSB's own signature block is checked once, at start, as an applicant's texts are at submission. */
    static void printable(String setting, String text) {
        if (text == null) {
            return;
        }
        int bad = text.codePoints().filter(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.LINE_SEPARATOR
                || !LetterRenderer.canDraw(Character.toString(cp))).findFirst().orElse(-1);
        if (bad >= 0) {
            throw new IllegalStateException(String.format("%s holds U+%04X, which the letter cannot print on one line"
                    + " in its font: write it in Latin, Cyrillic or Greek letters, without line breaks or tabs", setting, bad));
        }
    }

    /** The PDF of a letter still valid, to send it on. */
    @Override
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public java.util.Optional<LetterFiles.LetterFile> issued(Long letterId) {
        return letters.findById(letterId).filter(Letter::isIssued).filter(l -> l.getPdf() != null)
                .map(l -> new LetterFiles.LetterFile("visa-support-letter-" + l.getReference().replaceAll("[^A-Za-z0-9-]+", "-")
                        + ".pdf", l.getPdf()));
    }

    /** Issues one letter per active person; an earlier version for the same person is revoked. */
    public void issueFor(Long requestId) {
        issue(requests.toPrint(requestId));
    }

    /** The retention period is over: the PDFs go, and a letter still valid verifies as expired. */
    @EventListener
    public void on(RequestPurged event) {
        for (Letter l : letters.findByRequestIdOrderByParticipantIdAscVersionAsc(event.requestId())) {
            l.deletePersonalData();
        }
    }

    /** Details corrected after issue: that person gets a new version, in the same transaction. */
    @EventListener
    public void on(ParticipantCorrectedAfterIssue event) {
        issue(requests.toPrint(event.requestId(), event.participantId()));
    }

    private void issue(RequestsForLetters.ToPrint request) {
        Long requestId = request.requestId();
        Meeting meeting = reference.meeting(request.meetingId());
        Organization entity = reference.organization(request.entityId(), "entityId");
        Instant now = clock.instant();
        if (MeetingAheadPolicy.hasBegun(meeting.getFirstDay(), now)) {
            throw new IllegalStateException("no letter is printed for meeting " + meeting.getCode()
                    + ", which has begun");
        }
        LocalDate today = now.atZone(TimeConfig.GENEVA).toLocalDate();
        String language = request.language();
        LetterContent.MeetingText meetingText = new LetterContent.MeetingText(meeting.title(language),
                meeting.venue(language), meeting.getFirstDay(), meeting.getLastDay());
        LetterContent.Requester requester = new LetterContent.Requester(entity.name(language),
                entity.getCategory().name(), entity.getCountry(), request.signatoryName(),
                request.signatoryTitle(), request.receivedDate());
        for (RequestsForLetters.Holder p : request.holders()) {
            List<Letter> earlier = letters.findByParticipantIdOrderByVersionDesc(p.participantId());
            int version = earlier.isEmpty() ? 1 : earlier.get(0).getVersion() + 1;
            String ref = request.reference() + "/" + p.position() + (version > 1 ? "-v" + version : "");
            String token = newToken();
            byte[] pdf = renderer.render(new LetterContent(language, ref, today, addressee(p.details()),
                holder(p.details()), meetingText, requester, signatures.get(language), publicUrl + "/verify/" + token));
            if (signer != null) {
                pdf = signer.sign(pdf, "Visa support letter " + ref, now);
            }
            earlier.stream().filter(Letter::isIssued).forEach(l -> l.supersede(ref, now));
            PersonDetails d = p.details();
            Letter saved = letters.save(new Letter(requestId, p.participantId(), version, ref, language, pdf, sha256(pdf),
                    token, now, initials(d.givenNames(), d.familyName()), d.dateOfBirth().getYear()));
            audit.record(requestId, AuditLog.SYSTEM, "LETTER_ISSUED", ref);
            events.publishEvent(new LetterIssued(requestId, request.reference(), saved.getId(), ref, p.position(),
                    d.representationKind(), d.representationCity(), d.representationCountry()));
        }
    }

    private static LetterContent.Addressee addressee(PersonDetails d) {
        return new LetterContent.Addressee(d.representationKind().name(), d.representationCity(),
                d.representationCountry());
    }

    /** Nothing is printed from personal data that no configured key opens. */
    private static LetterContent.Holder holder(PersonDetails d) {
        java.util.stream.Stream<Object> fields = java.util.stream.Stream.of(d.familyName(), d.givenNames(), d.function(),
                d.dateOfBirth(), d.placeOfBirth(), d.nationality(), d.passportNumber(), d.issuingAuthority(),
                d.issueDate(), d.expiryDate());
        if (fields.anyMatch(f -> f == null || PersonalDataCipher.UNREADABLE.equals(f))) {
            throw new IllegalStateException("registration " + d.registrationNumber() + ": personal data that no"
                    + " configured data key opens; no letter is printed");
        }
        return new LetterContent.Holder(d.familyName(), d.givenNames(), d.function(), d.dateOfBirth(),
                d.placeOfBirth(), d.nationality(), d.passportNumber(), d.issuingAuthority(), d.issueDate(),
                d.expiryDate(), d.registrationNumber());
    }

    @Override
    @Transactional(readOnly = true)
    public List<LetterLink> forRequest(Long requestId) {
        return letters.findByRequestIdOrderByParticipantIdAscVersionAsc(requestId).stream()
                .filter(Letter::isIssued)
                .map(l -> new LetterLink(l.getParticipantId(), l.getReference(), l.getVersion(), l.getStatus(),
                        "/api/requests/" + requestId + "/letters/" + l.getParticipantId()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Integer> issuedCounts(List<Long> requestIds) {
        Map<Long, Integer> counts = new java.util.HashMap<>();
        for (List<Long> part : Batches.of(requestIds)) {
            for (Object[] row : letters.issuedCounts(part)) {
                counts.put((Long) row[0], ((Long) row[1]).intValue());
            }
        }
        return counts;
    }

    /** The current letter of a person, for a user who may see the request; the download is logged. */
    @Transactional
    public Download download(Long requestId, Long participantId, CurrentUser user) {
        Letter letter = currentLetter(requests.seenBy(requestId, user), participantId);
        audit.record(requestId, user.username(), "LETTER_DOWNLOADED", letter.getReference());
        return new Download(letter.getReference().replace('/', '-') + ".pdf", letter.getPdf(), letter.getSha256());
    }

    public record Download(String filename, byte[] pdf, String sha256) {
    }

    public void revoke(Long requestId, Long participantId, String reason, CurrentUser user) {
        RequestsForLetters.Seen request = requests.toRevokeBy(requestId, user);
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "say why the letter is revoked");
        }
        Letter letter = currentLetter(request, participantId);
        letter.revoke(reason.trim(), clock.instant());
        audit.record(requestId, user.username(), "LETTER_REVOKED", letter.getReference() + ": " + reason.trim());
    }

    /** The issued (not revoked) letter of a person on a request the caller may see. */
    private Letter currentLetter(RequestsForLetters.Seen request, Long participantId) {
        return letters.findByParticipantIdOrderByVersionDesc(participantId).stream()
                .filter(l -> l.getRequestId().equals(request.requestId()) && l.isIssued())
                .findFirst()
                .orElseThrow(() -> new NotFound("Request " + request.reference()
                        + " has no issued letter for participant " + participantId + "."));
    }

    /** What an embassy sees of a letter: its state and what identifies it, never why it was revoked. */
    public enum PublicStatus {
        VALID, REVOKED, SUPERSEDED,
        /** The meeting has ended: the letter supported a visa for it and supports nothing more. */
        EXPIRED
    }

    /**
     * The public verification of one letter: its status, reference, meeting, issue date, the date it was
     * revoked or superseded (and by which version), and the holder's initials and year of birth as printed
     * on this version (absent once the personal data is deleted).
     */
    public record Verification(PublicStatus status, String reference, String meeting, LocalDate meetingFirstDay,
            LocalDate meetingLastDay, LocalDate issued, LocalDate revokedOn, String supersededBy, String initials,
            Integer yearOfBirth) {
    }

    /** Empty for an unknown token; the check of a known letter is audited. */
    public Optional<Verification> verify(String token, String remoteAddress) {
        Optional<Letter> found = token.length() > 64 ? Optional.empty() : letters.findByVerifyToken(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Letter l = found.get();
        Meeting meeting = reference.meeting(requests.meetingOf(l.getRequestId()));
        LocalDate today = clock.instant().atZone(TimeConfig.GENEVA).toLocalDate();
        PublicStatus status = switch (l.getStatus()) {
            case Letter.REVOKED -> PublicStatus.REVOKED;
            case Letter.SUPERSEDED -> PublicStatus.SUPERSEDED;
            default -> today.isAfter(meeting.getLastDay()) ? PublicStatus.EXPIRED : PublicStatus.VALID;
        };
        audit.record(l.getRequestId(), "public", "LETTER_VERIFIED", l.getReference() + ": " + status + " from "
                + remoteAddress);
        return Optional.of(new Verification(status, l.getReference(), meeting.title(l.getLanguage()),
                meeting.getFirstDay(), meeting.getLastDay(), l.getIssuedAt().atZone(TimeConfig.GENEVA).toLocalDate(),
                l.getRevokedAt() == null ? null : l.getRevokedAt().atZone(TimeConfig.GENEVA).toLocalDate(),
                l.getSupersededBy(), l.getHolderInitials(), l.getHolderBirthYear()));
    }

    static String initials(String givenNames, String familyName) {
        StringBuilder sb = new StringBuilder();
        for (String part : (givenNames + " " + familyName).trim().split("[\\s-]+")) {
            if (!part.isEmpty()) {
                sb.appendCodePoint(part.codePointAt(0)).append('.');
            }
        }
        return sb.toString();
    }

    private String newToken() {
        byte[] bytes = new byte[16]; // 128 bits: unguessable, and 22 characters short enough to type
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
