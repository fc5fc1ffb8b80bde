package itu.tsb.visa.request;

/**
 * The Camunda Forms of the process's human steps, as deployed with the process now in use: what the pages
 * render and what the server checks each submission against before the domain's rules.
 */
public interface StepForms {

    /** The human steps that have a form. */
    enum Step {
        /** The request as an administration submits it (the process's start). */
        SUBMISSION,
        /** What TSB staff add when they record a request received by fax or e-mail. */
        INTAKE,
        /** The details of a person, corrected by the applicant (or by staff after issue). */
        CORRECTION,
        /** TSB's decision on a request. */
        REVIEW
    }

    /** The form's JSON, as deployed. */
    String json(Step step);
}
