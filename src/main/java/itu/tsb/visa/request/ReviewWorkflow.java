package itu.tsb.visa.request;


/** Port: completes the open review task of a request with the decision taken, in the name of who took it. */
public interface ReviewWorkflow {
    void reviewCompleted(Long requestId, ReviewDecision decision, String by);

    /** The letter step failed after its retries: the process waits for the applicant's correction instead. */
    void sentBackFromFailedLetters(Long requestId);
}
