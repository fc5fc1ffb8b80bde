package itu.tsb.visa.request.correction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import itu.tsb.visa.request.StepForms;
import itu.tsb.visa.request.forms.ParticipantBody;
import itu.tsb.visa.request.forms.RepresentationChoice;
import itu.tsb.visa.request.forms.StepFormCheck;
import itu.tsb.visa.request.model.VisibleRequests;
import itu.tsb.visa.request.views.RequestView;
import itu.tsb.visa.request.views.RequestViews;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.security.Users;
import itu.tsb.visa.shared.FieldError;
import itu.tsb.visa.shared.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person's details corrected: by the applicant while TSB asks for changes, by staff after issue (four eyes). */
@RestController
@RequestMapping("/api/requests")
class CorrectionController {

    private final VisibleRequests visible;
    private final CorrectingDetails correcting;
    private final CorrectionAfterIssue afterIssue;
    private final RequestViews views;
    private final StepFormCheck formCheck;
    private final RepresentationChoice representations;

    CorrectionController(VisibleRequests visible, CorrectingDetails correcting, CorrectionAfterIssue afterIssue,
            RequestViews views, StepFormCheck formCheck, RepresentationChoice representations) {
        this.visible = visible;
        this.correcting = correcting;
        this.afterIssue = afterIssue;
        this.views = views;
        this.formCheck = formCheck;
        this.representations = representations;
    }

    @PutMapping("/{id}/participants/{pid}")
    RequestView correct(@PathVariable Long id, @PathVariable Long pid, @Valid @RequestBody ParticipantBody given) {
        ParticipantBody body = leftEmpty(given)
                ? keepingPassportNumber(given, correcting.passportNumbersOnRecord(id, Users.current()).get(pid)) : given;
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

    /**
     * A passport number left empty is the one on record: the pages show it masked, so that a correction of
     * another field does not make the applicant type it again; typed in full, it replaces it.
     */
    private static boolean leftEmpty(ParticipantBody body) {
        return body.passport() != null && (body.passport().number() == null || body.passport().number().isBlank());
    }

    private static ParticipantBody keepingPassportNumber(ParticipantBody body, String onRecord) {
        ParticipantBody.PassportBody passport = body.passport();
        return onRecord == null ? body : body.withPassport(new ParticipantBody.PassportBody(onRecord,
                passport.issuingAuthority(), passport.issueDate(), passport.expiryDate()));
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
        // the numbers on record read once, and only when a person's is left empty
        Map<Long, String> onRecord = persons.stream().anyMatch(p -> leftEmpty(p.details()))
                ? correcting.passportNumbersOnRecord(id, Users.current()) : Map.of();
        for (int i = 0; i < persons.size(); i++) {
            String prefix = "participants[" + i + "].details.";
            ParticipantBody given = leftEmpty(persons.get(i).details())
                    ? keepingPassportNumber(persons.get(i).details(), onRecord.get(persons.get(i).id()))
                    : persons.get(i).details();
            List<FieldError> form = correction.errors(given, prefix);
            if (!form.isEmpty()) {
                errors.addAll(form);
                continue;
            }
            ParticipantBody person = given.checked(representations, prefix, errors);
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
}
