package itu.tsb.visa.request.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.security.Role;
import itu.tsb.visa.shared.DomainException;
import itu.tsb.visa.shared.NotAllowed;
import itu.tsb.visa.shared.WrongState;

/**
 * What a reader may do with a request now: the one place where a role, the request's entity, its status and who
 * took it decide. The use cases ask it before they act ({@link #require}), and each request's view lists what it
 * allows ({@link #allowed}), so the pages show only the buttons that will be accepted. A meeting that has begun
 * stops most of them: {@code RequestChecks} refuses those with the reason, and the list leaves them out.
 */
public final class RequestActions {

    /** The actions, named as the view lists them. */
    public enum Action {
        TAKE("take", true), RELEASE("release", false), REVIEW("review", true), SEND_BACK("sendBack", true),
        WITHDRAW("withdraw", false), CORRECT("correct", true), CORRECT_AFTER_ISSUE("correctAfterIssue", true),
        RETRY("retry", true), REVOKE_LETTER("revokeLetter", false), ADD_DOCUMENT("addDocument", false),
        OPEN_DOCUMENTS("openDocuments", false), READ_HISTORY("readHistory", false);

        private final String code;
        private final boolean stoppedByMeetingBegun;

        Action(String code, boolean stoppedByMeetingBegun) {
            this.code = code;
            this.stoppedByMeetingBegun = stoppedByMeetingBegun;
        }

        public String code() {
            return code;
        }
    }

    private RequestActions() {
    }

    /** The actions the user may take on the request now, by their codes. */
    public static List<String> allowed(VisaRequest request, CurrentUser user, boolean meetingBegun, boolean hasLetters) {
        return Arrays.stream(Action.values())
                .filter(a -> !(meetingBegun && a.stoppedByMeetingBegun))
                .filter(a -> a != Action.REVOKE_LETTER || hasLetters)
                .filter(a -> a != Action.RELEASE || request.getAssignedTo() != null)
                .filter(a -> a != Action.TAKE || !user.username().equals(request.getAssignedTo()))
                .filter(a -> refusal(a, request, user).isEmpty())
                .map(Action::code).toList();
    }

    /** Refuses, with the reason, what the user may not do with the request now. */
    public static void require(Action action, VisaRequest request, CurrentUser user) {
        Optional<DomainException> refused = refusal(action, request, user);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    /** Why the user may not do this with the request now; empty when they may. */
    public static Optional<DomainException> refusal(Action action, VisaRequest request, CurrentUser user) {
        boolean staff = user.isStaff();
        boolean ownEntity = user.isApplicant() && user.maySee(request.getOrganizationId());
        RequestStatus status = request.getStatus();
        String ref = request.getReference();
        return Optional.ofNullable(switch (action) {
            case TAKE -> !staff ? new NotAllowed("Only TSB staff take requests to review.")
                    : status != RequestStatus.UNDER_REVIEW ? new WrongState("Request " + ref + " is " + status
                            + "; only a request under review can be taken.")
                    : !request.mayBeReviewedBy(user.username()) ? new WrongState("Request " + ref + " is taken by "
                            + request.getAssignedTo() + "; they, or an admin, must release it first.")
                    : null;
            case RELEASE -> !staff ? new NotAllowed("Only TSB staff release requests.")
                    : request.getAssignedTo() != null && !request.getAssignedTo().equals(user.username())
                            && user.role() != Role.ADMIN ? new NotAllowed("Request " + ref + " is taken by "
                                    + request.getAssignedTo() + "; only they, or an admin, can release it.")
                    : null;
            case REVIEW -> !staff ? new NotAllowed("Only TSB staff review requests.")
                    : status != RequestStatus.UNDER_REVIEW ? new WrongState("Request " + ref + " is " + status
                            + "; only a request UNDER_REVIEW can be reviewed.")
                    : !request.mayBeReviewedBy(user.username()) ? new WrongState("Request " + ref + " is taken by "
                            + request.getAssignedTo() + ", who reviews it; ask them, or an admin, to release it.")
                    : null;
            case SEND_BACK -> !staff ? new NotAllowed("Only TSB staff send a request back.")
                    : status != RequestStatus.APPROVED ? new WrongState("Request " + ref + " is " + status
                            + "; only an APPROVED request whose letters failed is sent back from them.")
                    : null;
            case WITHDRAW -> !(staff || ownEntity) ? new NotAllowed("Your role does not allow changing this request.")
                    : status.isFinal() ? new WrongState("Request " + ref + " is already " + status
                            + " and can no longer be withdrawn.")
                    : null;
            case CORRECT -> !(staff || ownEntity) ? new NotAllowed("Your role does not allow changing this request.")
                    : request.isPurged() ? purgedRefusal(action, request)
                    : status != RequestStatus.CHANGES_REQUESTED ? new WrongState("Request " + ref + " is " + status
                            + "; details can be corrected only while its status is CHANGES_REQUESTED.")
                    : null;
            case CORRECT_AFTER_ISSUE -> !staff ? new WrongState("The letters of " + ref + " are issued; ask TSB to"
                    + " correct the details and issue a new letter.")
                    : request.isPurged() ? purgedRefusal(action, request)
                    : status != RequestStatus.LETTER_ISSUED ? new WrongState("Request " + ref + " is " + status
                            + "; corrections after issue apply only to a request whose letters are issued.")
                    : null;
            case RETRY -> !staff ? new NotAllowed("Only TSB staff retry a failed step.") : null;
            case REVOKE_LETTER -> !staff ? new NotAllowed("Only TSB staff revoke letters.") : null;
            case ADD_DOCUMENT -> !(staff || ownEntity) ? new NotAllowed("Your role does not allow changing this request.")
                    : status.isFinal() ? new WrongState("Request " + ref + " is " + status
                            + "; documents are added only while it is open.")
                    : request.isPurged() ? purgedRefusal(action, request)
                    : null;
            case OPEN_DOCUMENTS -> !(staff || user.role() == Role.AUDITOR)
                    ? new NotAllowed("Documents are shown to TSB staff and auditors only.") : null;
            case READ_HISTORY -> !(staff || user.role() == Role.AUDITOR)
                    ? new NotAllowed("The full history is shown to TSB staff and auditors only.") : null;
        });
    }

    /** Refuses the action when it needs the personal data and the retention period deleted it. */
    public static void refuseIfPurged(Action action, VisaRequest request) {
        DomainException refused = purgedRefusal(action, request);
        if (refused != null) {
            throw refused;
        }
    }

    private static DomainException purgedRefusal(Action action, VisaRequest request) {
        if (!request.isPurged()) {
            return null;
        }
        return switch (action) {
            case CORRECT, CORRECT_AFTER_ISSUE -> purged(request.getReference(), "there is nothing left to correct.");
            case ADD_DOCUMENT -> purged(request.getReference(), "no document can be added.");
            default -> null;
        };
    }

    private static WrongState purged(String reference, String consequence) {
        return new WrongState("The personal data of " + reference + " was deleted after the retention period; "
                + consequence);
    }
}
