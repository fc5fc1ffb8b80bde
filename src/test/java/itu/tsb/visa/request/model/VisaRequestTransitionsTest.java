package itu.tsb.visa.request.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import itu.tsb.visa.request.Channel;
import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.shared.WrongState;

/** A request moves only where its life leads; anything else is refused with the status it is in. */
class VisaRequestTransitionsTest {

    private static VisaRequest aSubmittedRequest() {
        return new VisaRequest(1L, 2L, Instant.parse("2010-05-10T12:30:00Z"), Channel.FAX, "fr", "Jane Njeri",
                "Permanent Secretary", "staff", Instant.parse("2010-05-10T12:31:00Z"));
    }

    private static VisaRequest aRequestUnderReview() {
        VisaRequest r = aSubmittedRequest();
        r.readyForReview();
        return r;
    }

    @Test
    void aRequestUnderReviewCanBeApprovedThenHaveItsLettersIssued() {
        VisaRequest r = aRequestUnderReview();
        r.approve();
        r.lettersIssued();

        assertThat(r.getStatus()).isEqualTo(RequestStatus.LETTER_ISSUED);
    }

    @Test
    void aRequestNotYetUnderReviewCannotBeApproved() {
        VisaRequest r = aSubmittedRequest();

        assertThatThrownBy(r::approve).isInstanceOf(WrongState.class).hasMessageContaining("is SUBMITTED");
        assertThat(r.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
    }

    @Test
    void lettersAreIssuedOnlyForAnApprovedRequest() {
        assertThatThrownBy(aRequestUnderReview()::lettersIssued).isInstanceOf(WrongState.class);
    }

    @Test
    void aReviewAsksForChangesWithItsComment() {
        VisaRequest r = aRequestUnderReview();
        r.requestChanges("Please check the passport");

        assertThat(r.getStatus()).isEqualTo(RequestStatus.CHANGES_REQUESTED);
        assertThat(r.getReviewComment()).isEqualTo("Please check the passport");
        assertThatThrownBy(() -> r.requestChanges("again")).isInstanceOf(WrongState.class);
    }

    @Test
    void detailsFoundWrongBeforePrintingSendAnApprovedRequestBack() {
        VisaRequest r = aRequestUnderReview();
        r.approve();
        r.detailsToCorrect("The passport expires too soon");

        assertThat(r.getStatus()).isEqualTo(RequestStatus.CHANGES_REQUESTED);
        r.readyForReview();
        assertThat(r.getStatus()).isEqualTo(RequestStatus.UNDER_REVIEW);
    }

    @Test
    void anEndedRequestCanNeitherBeWithdrawnNorExpire() {
        VisaRequest rejected = aRequestUnderReview();
        rejected.reject();

        assertThatThrownBy(rejected::withdraw).isInstanceOf(WrongState.class).hasMessageContaining("already REJECTED");
        assertThatThrownBy(rejected::expire).isInstanceOf(WrongState.class);
        assertThatThrownBy(rejected::readyForReview).isInstanceOf(WrongState.class);
    }

    @Test
    void anOpenRequestCanBeWithdrawnOrExpireFromAnyOpenStatus() {
        VisaRequest waiting = aSubmittedRequest();
        waiting.awaitRegistrations();
        waiting.expire();
        VisaRequest approved = aRequestUnderReview();
        approved.approve();
        approved.withdraw();

        assertThat(waiting.getStatus()).isEqualTo(RequestStatus.EXPIRED);
        assertThat(approved.getStatus()).isEqualTo(RequestStatus.WITHDRAWN);
    }

    @Test
    void onlyAFreshRequestWaitsForRegistrations() {
        assertThatThrownBy(aRequestUnderReview()::awaitRegistrations).isInstanceOf(WrongState.class);
    }
}
