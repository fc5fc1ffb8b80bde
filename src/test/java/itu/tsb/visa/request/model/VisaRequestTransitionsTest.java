package itu.tsb.visa.request.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import itu.tsb.visa.request.Channel;
import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.request.RequestUpdate;
import itu.tsb.visa.shared.WrongState;
import itu.tsb.visa.shared.text.Wording;

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
        r.detailsToCorrect("The passport expires too soon", Wording.of("update.noLongerValid", "today", "2010-05-20"));

        assertThat(r.getStatus()).isEqualTo(RequestStatus.CHANGES_REQUESTED);
        r.readyForReview();
        assertThat(r.getStatus()).isEqualTo(RequestStatus.UNDER_REVIEW);
    }

    @Test
    void anEndedRequestCanNeitherBeWithdrawnNorExpire() {
        VisaRequest rejected = aRequestUnderReview();
        rejected.reject("Not a delegate of the meeting");

        assertThatThrownBy(rejected::withdraw).isInstanceOf(WrongState.class).hasMessageContaining("already REJECTED");
        assertThatThrownBy(() -> rejected.expire(Wording.of("meeting.begun"))).isInstanceOf(WrongState.class);
        assertThatThrownBy(rejected::readyForReview).isInstanceOf(WrongState.class);
    }

    @Test
    void anOpenRequestCanBeWithdrawnOrExpireFromAnyOpenStatus() {
        VisaRequest waiting = aSubmittedRequest();
        waiting.awaitRegistrations(LocalDate.of(2010, 5, 17));
        waiting.expire(Wording.of("meeting.begun"));
        VisaRequest approved = aRequestUnderReview();
        approved.approve();
        approved.withdraw();

        assertThat(waiting.getStatus()).isEqualTo(RequestStatus.EXPIRED);
        assertThat(approved.getStatus()).isEqualTo(RequestStatus.WITHDRAWN);
    }

    @Test
    void onlyAFreshRequestWaitsForRegistrations() {
        assertThatThrownBy(() -> aRequestUnderReview().awaitRegistrations(LocalDate.of(2010, 5, 17))).isInstanceOf(WrongState.class);
    }

    @Test
    void eachTransitionTheEntityHearsOfReturnsWhatItIsTold() {
        VisaRequest rejected = aRequestUnderReview();
        RequestUpdate told = rejected.reject("  Not a delegate of the meeting ");

        assertThat(told.what().code()).isEqualTo("update.rejected");
        assertThat(told.why().english()).isEqualTo("Not a delegate of the meeting");
        assertThat(told.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(told.language()).isEqualTo("fr");

        VisaRequest refused = aSubmittedRequest();
        Wording why = Wording.of("update.waitingWhy", "lastDay", "2010-05-17");
        assertThat(refused.refuse(why).what().code()).isEqualTo("update.refused");
        assertThat(refused.getStatus()).isEqualTo(RequestStatus.REJECTED);

        VisaRequest waiting = aSubmittedRequest();
        RequestUpdate waits = waiting.awaitRegistrations(LocalDate.of(2010, 5, 17));
        assertThat(waits.what().code()).isEqualTo("update.waiting");
        assertThat(waits.why().args()).containsEntry("lastDay", "2010-05-17");
        assertThat(waits.status()).isEqualTo(RequestStatus.AWAITING_REGISTRATION);
    }

    @Test
    void staffRejectOnlyUnderReviewWhileARuleRefusesAFreshRequest() {
        assertThatThrownBy(() -> aSubmittedRequest().reject("no")).isInstanceOf(WrongState.class)
                .hasMessageContaining("is SUBMITTED");
        VisaRequest approved = aRequestUnderReview();
        approved.approve();
        assertThatThrownBy(() -> approved.refuse(Wording.of("update.refused"))).isInstanceOf(WrongState.class);
    }

    @Test
    void onlyAnApprovedRequestIsSentBackFromItsLettersAndOnlyIssuedLettersAreAnnounced() {
        VisaRequest r = aRequestUnderReview();
        assertThatThrownBy(() -> r.sendBack("fix the name")).isInstanceOf(WrongState.class);
        assertThatThrownBy(r::lettersAnnounced).isInstanceOf(WrongState.class);
        r.approve();
        RequestUpdate told = r.sendBack("fix the name");

        assertThat(told.what().code()).isEqualTo("update.changesRequested");
        assertThat(r.getReviewComment()).isEqualTo("fix the name");
        r.readyForReview();
        r.approve();
        r.lettersIssued();
        assertThat(r.lettersAnnounced().lettersIssued()).isTrue();
    }
}
