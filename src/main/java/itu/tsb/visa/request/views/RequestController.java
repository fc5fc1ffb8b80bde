package itu.tsb.visa.request.views;

import itu.tsb.visa.request.Channel;
import itu.tsb.visa.request.PersonDetails;
import itu.tsb.visa.request.RepresentationKind;
import itu.tsb.visa.request.RequestProgress;
import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.request.StepForms;
import itu.tsb.visa.request.correction.CorrectingDetails;
import itu.tsb.visa.request.correction.CorrectionAfterIssue;
import itu.tsb.visa.request.forms.IsoCountries;
import itu.tsb.visa.request.forms.RepresentationChoice;
import itu.tsb.visa.request.forms.StepFormCheck;
import itu.tsb.visa.request.model.DecisionRecord;
import itu.tsb.visa.request.model.RequestSearch;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.model.VisibleRequests;
import itu.tsb.visa.request.policy.RequestChecks;
import itu.tsb.visa.request.review.AssigningRequest;
import itu.tsb.visa.request.submission.SubmitRequest;
import itu.tsb.visa.request.submission.SubmittingRequest;
import itu.tsb.visa.request.submission.WithdrawingRequest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import itu.tsb.visa.audit.AuditLog;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.security.Users;
import itu.tsb.visa.shared.ApiException;
import itu.tsb.visa.shared.FieldError;
import itu.tsb.visa.shared.TimeConfig;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/requests")
class RequestController {

    private final VisibleRequests visible;
    private final AssigningRequest assigning;
    private final SubmittingRequest submitting;
    private final CorrectingDetails correcting;
    private final WithdrawingRequest withdrawing;
    private final DecisionRecord decisions;
    private final RequestChecks checks;
    private final RequestViews views;
    private final AuditLog audit;
    private final RequestProgress progress;
    private final CorrectionAfterIssue afterIssue;
    private final StepFormCheck formCheck;
    private final RepresentationChoice representations;

    RequestController(VisibleRequests visible, SubmittingRequest submitting, CorrectingDetails correcting,
            WithdrawingRequest withdrawing, DecisionRecord decisions, RequestChecks checks, RequestViews views,
            AuditLog audit, RequestProgress progress, CorrectionAfterIssue afterIssue, AssigningRequest assigning,
            StepFormCheck formCheck, RepresentationChoice representations) {
        this.representations = representations;
        this.assigning = assigning;
        this.formCheck = formCheck;
        this.visible = visible;
        this.submitting = submitting;
        this.correcting = correcting;
        this.withdrawing = withdrawing;
        this.decisions = decisions;
        this.checks = checks;
        this.views = views;
        this.audit = audit;
        this.progress = progress;
        this.afterIssue = afterIssue;
    }

    /** Where the request's process stands (BPMN ids), for the diagram page and for staff watching failures. */
    @GetMapping("/{id}/progress")
    RequestProgress.Progress progress(@PathVariable Long id) {
        visible.get(id, Users.current());
        return progress.of(id);
    }

    /** Staff send a step that failed after its retries (an incident) round again. */
    @PostMapping("/{id}/retry")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    Map<String, Object> retry(@PathVariable Long id) {
        CurrentUser user = Users.current();
        // nothing is retried for a meeting that has begun
        checks.refuseIfMeetingBegun(visible.get(id, user), "retried");
        int retried = progress.retryFailedSteps(id);
        if (retried == 0) {
            throw ApiException.conflict("Request " + id + " has no failed step to retry.");
        }
        audit.recordNow(id, user.username(), "FAILED_STEP_RETRIED", retried + " step(s)");
        return Map.of("retried", retried);
    }

    // What each field must be (required, lengths, patterns, options) is said by the step's Camunda Form in
    // forms/, as deployed with the process, and checked by StepFormCheck before the domain's rules; these
    // records say only the body's shape.

    record SignatoryBody(String name, String title) {
    }

    record PassportBody(String number, String issuingAuthority, LocalDate issueDate, LocalDate expiryDate) {
    }

    /** {@code id}: a representation of TSB's list (its kind, city and country are then taken from it). */
    record RepresentationBody(Long id, RepresentationKind kind, String city, String country) {
    }

    record ParticipantBody(String familyName, String givenNames, String function, LocalDate dateOfBirth,
            String placeOfBirth, String nationality, String registrationNumber, PassportBody passport,
            RepresentationBody swissRepresentation) {

        PersonDetails toDetails() {
            PassportBody pp = passport == null ? new PassportBody(null, null, null, null) : passport;
            RepresentationBody at = swissRepresentation == null ? new RepresentationBody(null, null, null, null) : swissRepresentation;
            return new PersonDetails(trim(familyName), trim(givenNames), trim(function), dateOfBirth,
                    trim(placeOfBirth), upper(nationality), trim(registrationNumber), upper(pp.number()),
                    trim(pp.issuingAuthority()), pp.issueDate(), pp.expiryDate(), at.kind(), trim(at.city()),
                    upper(at.country()));
        }

        /**
         * The same person, where the visa application is lodged resolved from TSB's list (or as named), its
         * countries checked; what is wrong is added to {@code errors}.
         */
        ParticipantBody checked(RepresentationChoice choice, String prefix, List<FieldError> errors) {
            RepresentationBody at = swissRepresentation;
            RepresentationChoice.Given given = choice.resolve(at == null ? null
                    : new RepresentationChoice.Given(at.id(), at.kind(), at.city(), at.country()), prefix, errors);
            RepresentationBody chosen = given == null ? null
                    : new RepresentationBody(given.id(), given.kind(), given.city(), given.country());
            ParticipantBody person = new ParticipantBody(familyName, givenNames, function, dateOfBirth, placeOfBirth,
                    nationality, registrationNumber, passport, chosen);
            errors.addAll(person.countryErrors(prefix));
            return person;
        }

        private static String trim(String s) {
            return s == null ? null : s.trim();
        }

        private static String upper(String s) {
            return s == null ? null : s.toUpperCase(Locale.ROOT);
        }

        List<FieldError> countryErrors(String prefix) {
            List<FieldError> errors = new ArrayList<>();
            if (nationality != null && !IsoCountries.isValid(nationality)) {
                errors.add(new FieldError(prefix + "nationality", "'" + nationality
                        + "' is not an ISO 3166 alpha-2 or alpha-3 country code"));
            }
            if (swissRepresentation != null && swissRepresentation.country() != null
                    && !IsoCountries.isValid(swissRepresentation.country())) {
                errors.add(new FieldError(prefix + "swissRepresentation.country", "'" + swissRepresentation.country()
                        + "' is not an ISO 3166 alpha-2 or alpha-3 country code"));
            }
            return errors;
        }
    }

    record SubmitBody(String meeting, Long entityId, String receivedAt, Channel channel, String language,
            SignatoryBody signatory,
            @NotEmpty(message = "name at least one person") @Size(max = 50, message = "at most 50 persons per request") List<@Valid @NotNull ParticipantBody> participants) {
    }

    record Created(Long id, String reference, RequestStatus status) {
    }

    @PostMapping
    ResponseEntity<Created> submit(@Valid @RequestBody SubmitBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        CurrentUser user = Users.current();
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ApiException.invalid("Idempotency-Key", "must have 1 to 200 characters");
        }
        if (idempotencyKey != null) {
            var earlier = submitting.byIdempotencyKey(user, idempotencyKey);
            if (earlier.isPresent()) {
                return created(earlier.get(), user);
            }
        }
        List<FieldError> errors = new ArrayList<>(formCheck.errors(StepForms.Step.SUBMISSION, body));
        if (user.isStaff()) {
            errors.addAll(formCheck.errors(StepForms.Step.INTAKE, body));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        List<ParticipantBody> persons = new ArrayList<>();
        for (int i = 0; i < body.participants().size(); i++) {
            String prefix = "participants[" + i + "].";
            persons.add(body.participants().get(i).checked(representations, prefix, errors));
        }
        Instant receivedAt = parseReceivedAt(body.receivedAt(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        SubmitRequest cmd = new SubmitRequest(body.meeting(), body.entityId(), receivedAt, body.channel(),
                body.language(), body.signatory().name().trim(), body.signatory().title().trim(),
                persons.stream().map(ParticipantBody::toDetails).toList());
        VisaRequest request;
        try {
            request = submitting.submit(cmd, user, idempotencyKey);
        } catch (DataIntegrityViolationException e) {
            // a concurrent retry with the same key won the race: answer what it created
            if (idempotencyKey != null) {
                var earlier = submitting.byIdempotencyKey(user, idempotencyKey);
                if (earlier.isPresent()) {
                    return created(earlier.get(), user);
                }
            }
            throw e;
        }
        return created(request.getId(), user);
    }

    private ResponseEntity<Created> created(Long id, CurrentUser user) {
        VisaRequest r = visible.get(id, user);
        return ResponseEntity.created(URI.create("/api/requests/" + id))
                .body(new Created(r.getId(), r.getReference(), r.getStatus()));
    }

    /** ISO 8601: a date (that Geneva day), a date-time with offset, or a local date-time (Geneva). */
    static Instant parseReceivedAt(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(TimeConfig.GENEVA).toInstant();
            }
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(value).atZone(TimeConfig.GENEVA).toInstant();
            }
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("receivedAt",
                    "'" + value + "' is not an ISO 8601 date or date-time (2010-05-17 or 2010-05-17T16:30:00+02:00)"));
            return null;
        }
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
        return views.page(RequestSearch.of(meeting, entityId, status, escalated, receivedFrom, receivedTo, q, rule,
                outcome, sort, page, size), Users.current());
    }

    @GetMapping("/{id}")
    RequestView get(@PathVariable Long id) {
        return views.view(id, Users.current());
    }

    @PutMapping("/{id}/participants/{pid}")
    RequestView correct(@PathVariable Long id, @PathVariable Long pid, @Valid @RequestBody ParticipantBody body) {
        List<FieldError> errors = new ArrayList<>(formCheck.errors(StepForms.Step.CORRECTION, body));
        ParticipantBody person = body;
        if (errors.isEmpty()) {
            person = body.checked(representations, "", errors);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        CurrentUser user = Users.current();
        correcting.correct(id, pid, person.toDetails(), user);
        return views.view(id, user);
    }

    /** One person of a correction round: who ({@code id}) and the corrected details. */
    record RoundPerson(Long id, @NotNull ParticipantBody details) {
    }

    /** A correction round: the persons corrected, and the applicant's answer to TSB in words (either may be empty). */
    record CorrectionRound(List<@NotNull @Valid RoundPerson> participants, String answer) {
    }

    /**
     * The persons TSB flagged (or any the applicant changed) and the answer to TSB's comment, sent together
     * while the request waits for changes; checked again once, when all are in.
     */
    @PutMapping("/{id}/participants")
    RequestView correctAll(@PathVariable Long id, @Valid @RequestBody CorrectionRound body) {
        List<RoundPerson> persons = body.participants() == null ? List.of() : body.participants();
        List<FieldError> errors = new ArrayList<>();
        List<CorrectingDetails.PersonCorrection> corrections = new ArrayList<>();
        StepFormCheck.Check correction = formCheck.forStep(StepForms.Step.CORRECTION);
        for (int i = 0; i < persons.size(); i++) {
            String prefix = "participants[" + i + "].details.";
            List<FieldError> form = correction.errors(persons.get(i).details(), prefix);
            if (!form.isEmpty()) {
                errors.addAll(form);
                continue;
            }
            ParticipantBody person = persons.get(i).details().checked(representations, prefix, errors);
            corrections.add(new CorrectingDetails.PersonCorrection(persons.get(i).id(), person.toDetails()));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        CurrentUser user = Users.current();
        correcting.correctAll(id, corrections, body.answer(), user);
        return views.view(id, user);
    }

    record Reason(@Size(max = 1000) String reason) {
    }

    /** A second member of staff approves a correction proposed after issue: the letter is issued again. */
    @PostMapping("/{id}/participants/{pid}/correction/approve")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    RequestView approveCorrection(@PathVariable Long id, @PathVariable Long pid) {
        CurrentUser user = Users.current();
        visible.get(id, user);
        afterIssue.approve(id, pid, user);
        return views.view(id, user);
    }

    @PostMapping("/{id}/participants/{pid}/correction/discard")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    RequestView discardCorrection(@PathVariable Long id, @PathVariable Long pid, @Valid @RequestBody Reason body) {
        CurrentUser user = Users.current();
        visible.get(id, user);
        afterIssue.discard(id, pid, body.reason(), user);
        return views.view(id, user);
    }

    /** A member of staff takes the request to review it: while taken, only they decide on it. */
    @PostMapping("/{id}/assignment")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    RequestView take(@PathVariable Long id) {
        CurrentUser user = Users.current();
        assigning.take(id, user);
        return views.view(id, user);
    }

    /** Who took it (or an admin) releases it. */
    @DeleteMapping("/{id}/assignment")
    @PreAuthorize("hasAnyRole('TSB_STAFF','ADMIN')")
    RequestView release(@PathVariable Long id) {
        CurrentUser user = Users.current();
        assigning.release(id, user);
        return views.view(id, user);
    }

    @PostMapping("/{id}/withdraw")
    RequestView withdraw(@PathVariable Long id) {
        CurrentUser user = Users.current();
        withdrawing.withdraw(id, user);
        return views.view(id, user);
    }
}
