package itu.tsb.visa.request.submission;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import itu.tsb.visa.request.Channel;
import itu.tsb.visa.request.RequestStatus;
import itu.tsb.visa.request.StepForms;
import itu.tsb.visa.request.forms.ParticipantBody;
import itu.tsb.visa.request.forms.RepresentationChoice;
import itu.tsb.visa.request.forms.StepFormCheck;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.request.model.VisibleRequests;
import itu.tsb.visa.request.views.RequestView;
import itu.tsb.visa.request.views.RequestViews;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.security.Users;
import itu.tsb.visa.shared.FieldError;
import itu.tsb.visa.shared.time.TimeConfig;
import itu.tsb.visa.shared.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A request sent (by its administration online, or recorded by staff from a fax or an e-mail), and withdrawn. */
@RestController
@RequestMapping("/api/requests")
class SubmissionController {

    private final VisibleRequests visible;
    private final SubmittingRequest submitting;
    private final WithdrawingRequest withdrawing;
    private final RequestViews views;
    private final StepFormCheck formCheck;
    private final RepresentationChoice representations;

    SubmissionController(VisibleRequests visible, SubmittingRequest submitting, WithdrawingRequest withdrawing,
            RequestViews views, StepFormCheck formCheck, RepresentationChoice representations) {
        this.visible = visible;
        this.submitting = submitting;
        this.withdrawing = withdrawing;
        this.views = views;
        this.formCheck = formCheck;
        this.representations = representations;
    }

    record SignatoryBody(String name, String title) {
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
        SubmittingRequest.Submitted request;
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
        return created(request.id(), user);
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

    @PostMapping("/{id}/withdraw")
    RequestView withdraw(@PathVariable Long id) {
        CurrentUser user = Users.current();
        withdrawing.withdraw(id, user);
        return views.view(id, user);
    }
}
