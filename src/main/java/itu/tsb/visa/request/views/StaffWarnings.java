package itu.tsb.visa.request.views;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import itu.tsb.visa.reference.Meeting;
import itu.tsb.visa.reference.Organization;
import itu.tsb.visa.request.PersonDetails;
import itu.tsb.visa.request.forms.RepresentationChoice;
import itu.tsb.visa.request.model.Participant;
import itu.tsb.visa.request.model.VisaRequest;
import itu.tsb.visa.security.CurrentUser;
import itu.tsb.visa.shared.text.Sentences;
import itu.tsb.visa.shared.web.ReaderLanguage;

/**
 * What TSB staff should know before they decide on an open request, and the applicant cannot act on: a
 * French letter that would print English texts, a representation the letter cannot be sent to.
 */
@Component
class StaffWarnings {

    private final RepresentationChoice representations;

    StaffWarnings(RepresentationChoice representations) {
        this.representations = representations;
    }

    List<RequestView.FindingView> of(VisaRequest r, Meeting meeting, Organization entity, CurrentUser user) {
        List<RequestView.FindingView> warnings = new ArrayList<>();
        if (!user.isStaff() || r.getStatus().isFinal()) {
            return warnings;
        }
        if ("fr".equals(r.getLanguage())) {
            if (meeting.lacksFrenchTexts()) {
                warnings.add(new RequestView.FindingView(null, "meeting", "meeting " + meeting.getCode()
                        + " has no French title or venue: the French letters would print the English ones; add them"
                        + " to the meeting before approving"));
            }
            if (entity.getNameFr() == null) {
                warnings.add(new RequestView.FindingView(null, "entity", entity.getName() + " has no French name:"
                        + " the French letters print its name as it is"));
            }
        }
        for (Participant p : r.isPurged() ? List.<Participant>of() : r.activeParticipants()) {
            PersonDetails d = p.details();
            if (!representations.reachable(d.representationKind(), d.representationCity(), d.representationCountry())) {
                warnings.add(new RequestView.FindingView(p.getId(), "swissRepresentation", Sentences.forPeople(
                        "no e-mail address of the visa section is known for this Swiss representation: add it to the"
                                + " Swiss representations so that TSB can send the letter there",
                        ReaderLanguage.current())));
            }
        }
        return warnings;
    }
}
