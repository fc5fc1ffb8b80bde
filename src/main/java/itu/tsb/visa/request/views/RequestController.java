package itu.tsb.visa.request.views;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import itu.tsb.visa.request.model.RequestSearch;
import itu.tsb.visa.security.Users;

/** The requests a reader may see: a page of them, and one. */
@RestController
@RequestMapping("/api/requests")
class RequestController {

    private final RequestViews views;
    private final RequestSummaries summaries;

    RequestController(RequestViews views, RequestSummaries summaries) {
        this.views = views;
        this.summaries = summaries;
    }

    /**
     * A page of the requests the caller may see: filters by meeting, entity, status (repeated or
     * comma-separated), escalation, received dates (Geneva days), part of the reference, and a decision
     * of a rule and outcome; sorted by deadline, received or reference; at most 200 a page.
     */
    @GetMapping
    RequestView.Page<RequestView.Summary> list(@RequestParam(required = false) String meeting,
            @RequestParam(required = false) Long entityId, @RequestParam(required = false) List<String> status,
            @RequestParam(required = false) Boolean escalated, @RequestParam(required = false) String receivedFrom,
            @RequestParam(required = false) String receivedTo, @RequestParam(required = false) String q,
            @RequestParam(required = false) String rule, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return summaries.page(RequestSearch.of(meeting, entityId, status, escalated, receivedFrom, receivedTo, q, rule,
                outcome, sort, page, size), Users.current());
    }

    @GetMapping("/{id}")
    RequestView get(@PathVariable Long id) {
        return views.view(id, Users.current());
    }
}
