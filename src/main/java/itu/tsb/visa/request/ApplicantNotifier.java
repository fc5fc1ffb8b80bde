package itu.tsb.visa.request;

/** Tells the requesting entity's focal point that something needs them or is ready. */
public interface ApplicantNotifier {
    void notify(VisaRequest request, String subject, String message);
}
