package itu.tsb.visa.request.review;

import java.util.Comparator;
import java.util.List;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.request.ReviewDecision;
import itu.tsb.visa.request.ReviewWorkflow;
import itu.tsb.visa.request.views.RequestView;
import itu.tsb.visa.request.views.RequestViews;
import itu.tsb.visa.security.CurrentUser;

@NamedInterface("review")
@Service
public class ReviewService {

    private final ReviewingRequest reviewing;
    private final RequestViews views;
    private final ReviewWorkflow workflow;

    ReviewService(ReviewingRequest reviewing, RequestViews views, ReviewWorkflow workflow) {
        this.reviewing = reviewing;
        this.views = views;
        this.workflow = workflow;
    }

    @Transactional
    public void review(Long requestId, ReviewDecision decision, String comment, CurrentUser user) {
        reviewing.review(requestId, decision, comment, user);
        workflow.reviewCompleted(requestId, decision, user.username());
    }

    /** An approved request whose letter step failed after its retries goes back to the applicant. */
    @Transactional
    public void sendBackFromFailedLetters(Long requestId, String comment, CurrentUser user) {
        reviewing.sendBackFromFailedLetters(requestId, comment, user);
        workflow.sentBackFromFailedLetters(requestId);
    }

    /** Requests waiting for review, escalated first, then oldest first. */
    public List<RequestView.Summary> inbox(CurrentUser user) {
        return views.list(user).stream().filter(s -> s.status() == RequestStatus.UNDER_REVIEW)
                .sorted(Comparator.comparing(RequestView.Summary::escalated).reversed()
                        .thenComparing(RequestView.Summary::receivedAt))
                .toList();
    }
}
