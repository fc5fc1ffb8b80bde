package itu.tsb.visa.reference;

import java.util.Optional;

import org.hibernate.Session;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * By Hibernate's natural id: the first look-up in a transaction reads the row, any later one of the same
 * registration is answered from the session (a submission checks each person's registration, and the
 * process's registration step checks it again in the same transaction).
 */
class RegistrationsByNumberImpl implements RegistrationsByNumber {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<Registration> findByMeetingIdAndConfirmationNumber(Long meetingId, String confirmationNumber) {
        if (meetingId == null || confirmationNumber == null) {
            return Optional.empty();
        }
        return entityManager.unwrap(Session.class).byNaturalId(Registration.class).using("meetingId", meetingId)
                .using("confirmationNumber", confirmationNumber).loadOptional();
    }
}
