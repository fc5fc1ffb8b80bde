package itu.tsb.visa.request.review;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import itu.tsb.visa.request.ReviewDecision;
import itu.tsb.visa.request.StepForms;
import itu.tsb.visa.request.forms.StepFormCheck;
import itu.tsb.visa.request.model.RequestSearch;
import itu.tsb.visa.request.views.RequestView;
import itu.tsb.visa.request.views.RequestSummaries;
import itu.tsb.visa.request.views.RequestViews;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.security.Users;
import itu.tsb.visa.shared.FieldError;
import itu.tsb.visa.shared.InvalidInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@RestController
class ReviewController {

    private final ReviewingRequest reviews;
    private final RequestViews views;
    private final RequestSummaries summaries;
    private final StepFormCheck forms;
    private final AssigningRequest assigning;

    ReviewController(ReviewingRequest reviews, RequestViews views, RequestSummaries summaries, StepFormCheck forms,
            AssigningRequest assigning) {
        this.reviews = reviews;
        this.summaries = summaries;
        this.assigning = assigning;
        this.forms = forms;
        this.views = views;
    }

    /** What the decision and its comment must be is said by forms/review.form, as deployed with the process. */
    record ReviewBody(@NotNull ReviewDecision decision, String comment, List<ReviewingRequest.Flag> flags) {
    }

    @PostMapping("/api/requests/{id}/review")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    RequestView review(@PathVariable Long id, @Valid @RequestBody ReviewBody body) {
        forms.check(StepForms.Step.REVIEW, body);
        CurrentUser user = Users.current();
        reviews.review(id, body.decision(), body.comment(), body.flags() == null ? List.of() : body.flags(), user);
        return views.view(id, user);
    }

    record SendBackBody(String comment) {
    }

    /** Staff send an approved request whose letters failed after their retries back to the applicant. */
    @PostMapping("/api/requests/{id}/send-back")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    RequestView sendBack(@PathVariable Long id, @RequestBody SendBackBody body) {
        CurrentUser user = Users.current();
        reviews.sendBackFromFailedLetters(id, body.comment(), user);
        return views.view(id, user);
    }

    /**
     * A page of the requests waiting for review, escalated first, then the longest waiting: {@code size}
     * of them (20 unless said, at most 200), with how many wait in all.
     */
    @GetMapping("/api/review/inbox")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    RequestView.Page<RequestView.Summary> inbox(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        int p = page == null ? 0 : page;
        int n = size == null ? 20 : size;
        List<FieldError> errors = new java.util.ArrayList<>();
        if (p < 0) {
            errors.add(new FieldError("page", "is counted from 0"));
        }
        if (n < 1 || n > RequestSearch.MAX_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + RequestSearch.MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return summaries.inbox(Users.current(), p, n);
    }

    /** A member of staff takes the request to review it: while taken, only they decide on it. */
    @PostMapping("/api/requests/{id}/assignment")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    RequestView take(@PathVariable Long id) {
        CurrentUser user = Users.current();
        assigning.take(id, user);
        return views.view(id, user);
    }

    /** Who took it (or an admin) releases it. */
    @DeleteMapping("/api/requests/{id}/assignment")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    RequestView release(@PathVariable Long id) {
        CurrentUser user = Users.current();
        assigning.release(id, user);
        return views.view(id, user);
    }
}
