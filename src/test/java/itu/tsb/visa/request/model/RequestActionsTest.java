package itu.tsb.visa.request.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import itu.tsb.visa.request.Channel;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.security.Role;
import itu.tsb.visa.shared.NotAllowed;
import itu.tsb.visa.shared.WrongState;

/** What each reader may do with a request now, by role, entity, status and who took it. */
class RequestActionsTest {

    private static final CurrentUser APPLICANT = new CurrentUser("focal", "x", Role.APPLICANT, 2L);
    private static final CurrentUser OTHER_APPLICANT = new CurrentUser("other", "x", Role.APPLICANT, 3L);
    private static final CurrentUser STAFF = new CurrentUser("staff", "x", Role.TSB_STAFF, null);
    private static final CurrentUser COLLEAGUE = new CurrentUser("colleague", "x", Role.TSB_STAFF, null);
    private static final CurrentUser ADMIN = new CurrentUser("admin", "x", Role.ADMIN, null);
    private static final CurrentUser AUDITOR = new CurrentUser("auditor", "x", Role.AUDITOR, null);

    private static VisaRequest underReview() {
        VisaRequest r = new VisaRequest(1L, 2L, Instant.parse("2010-05-10T12:30:00Z"), Channel.ONLINE, "fr", "Jane Njeri",
                "Permanent Secretary", "focal", Instant.parse("2010-05-10T12:31:00Z"));
        r.readyForReview();
        return r;
    }

    @Test
    void underReviewStaffTakeAndReviewTheApplicantMayWithdrawTheAuditorReads() {
        VisaRequest r = underReview();

        assertThat(RequestActions.allowed(r, STAFF, false, false))
                .containsExactly("take", "review", "withdraw", "retry", "addDocument", "openDocuments", "readHistory");
        assertThat(RequestActions.allowed(r, APPLICANT, false, false)).containsExactly("withdraw", "addDocument");
        assertThat(RequestActions.allowed(r, OTHER_APPLICANT, false, false)).isEmpty();
        assertThat(RequestActions.allowed(r, AUDITOR, false, false)).containsExactly("openDocuments", "readHistory");
    }

    @Test
    void onceTakenOnlyTheHolderReviewsAndOnlyTheHolderOrAnAdminReleases() {
        VisaRequest r = underReview();
        r.assignTo("staff", Instant.parse("2010-05-11T08:00:00Z"));

        assertThat(RequestActions.allowed(r, STAFF, false, false)).contains("review", "release").doesNotContain("take");
        assertThat(RequestActions.allowed(r, COLLEAGUE, false, false)).doesNotContain("review", "release", "take");
        assertThat(RequestActions.allowed(r, ADMIN, false, false)).contains("release").doesNotContain("review");
        assertThatThrownBy(() -> RequestActions.require(RequestActions.Action.REVIEW, r, COLLEAGUE))
                .isInstanceOf(WrongState.class).hasMessageContaining("taken by staff");
        assertThatThrownBy(() -> RequestActions.require(RequestActions.Action.RELEASE, r, COLLEAGUE))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("only they, or an admin");
    }

    @Test
    void changesRequestedTheApplicantCorrectsNobodyReviews() {
        VisaRequest r = underReview();
        r.requestChanges("Check the passport");

        assertThat(RequestActions.allowed(r, APPLICANT, false, false)).containsExactly("withdraw", "correct", "addDocument");
        assertThat(RequestActions.allowed(r, STAFF, false, false)).doesNotContain("review", "take", "correctAfterIssue");
    }

    @Test
    void issuedLettersAreCorrectedAfterIssueByStaffOnlyAndNothingIsWithdrawn() {
        VisaRequest r = underReview();
        r.approve();
        r.lettersIssued();

        assertThat(RequestActions.allowed(r, STAFF, false, true))
                .containsExactly("correctAfterIssue", "retry", "revokeLetter", "openDocuments", "readHistory");
        assertThat(RequestActions.allowed(r, APPLICANT, false, true)).isEmpty();
        assertThatThrownBy(() -> RequestActions.require(RequestActions.Action.WITHDRAW, r, APPLICANT))
                .isInstanceOf(WrongState.class).hasMessageContaining("can no longer be withdrawn");
        assertThatThrownBy(() -> RequestActions.require(RequestActions.Action.CORRECT_AFTER_ISSUE, r, APPLICANT))
                .isInstanceOf(WrongState.class).hasMessageContaining("ask TSB");
    }

    @Test
    void aMeetingThatHasBegunStopsWhatWouldChangeTheRequest() {
        VisaRequest r = underReview();

        assertThat(RequestActions.allowed(r, STAFF, true, false))
                .containsExactly("withdraw", "addDocument", "openDocuments", "readHistory");
    }
}
