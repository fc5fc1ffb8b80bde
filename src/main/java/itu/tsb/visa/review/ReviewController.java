package itu.tsb.visa.review;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import itu.tsb.visa.request.RequestView;
import itu.tsb.visa.request.RequestViews;
import itu.tsb.visa.request.ReviewDecision;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.security.Users;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
class ReviewController {

    private final ReviewService reviews;
    private final RequestViews views;

    ReviewController(ReviewService reviews, RequestViews views) {
        this.reviews = reviews;
        this.views = views;
    }

    record ReviewBody(@NotNull ReviewDecision decision, @Size(max = 2000) String comment) {
    }

    @PostMapping("/api/requests/{id}/review")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    RequestView review(@PathVariable Long id, @Valid @RequestBody ReviewBody body) {
        CurrentUser user = Users.current();
        reviews.review(id, body.decision(), body.comment(), user);
        return views.view(id, user);
    }

    @GetMapping("/api/review/inbox")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    List<RequestView.Summary> inbox() {
        return reviews.inbox(Users.current());
    }
}
