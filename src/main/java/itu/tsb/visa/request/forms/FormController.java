package itu.tsb.visa.request.forms;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import itu.tsb.visa.request.StepForms;
import itu.tsb.visa.shared.NotFound;
import itu.tsb.visa.shared.web.ReaderLanguage;

/** The deployed forms of the process's human steps, for the pages to render, and the lists they offer. */
@RestController
class FormController {

    private final StepFormCheck forms;

    FormController(StepFormCheck forms) {
        this.forms = forms;
    }

    /** {@code step}: submission, intake, correction or review; the Camunda Form as deployed with the process. */
    @GetMapping("/api/forms/{step}")
    ResponseEntity<JsonNode> form(@PathVariable String step) {
        StepForms.Step known;
        try {
            known = StepForms.Step.valueOf(step.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFound("There is no form '" + step + "': submission, intake, correction or review.");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(forms.form(known).schema());
    }

    /** The countries (ISO 3166 alpha-2 code and name) in the reader's language, ordered by name. */
    @GetMapping("/api/countries")
    List<StepFormCheck.Country> countries() {
        return StepFormCheck.countries(ReaderLanguage.current());
    }
}
