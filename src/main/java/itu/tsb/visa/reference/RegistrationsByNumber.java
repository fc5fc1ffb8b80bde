package itu.tsb.visa.reference;

import java.util.Optional;

/** A registration by what identifies it: its meeting and its confirmation number. */
interface RegistrationsByNumber {

    Optional<Registration> findByMeetingIdAndConfirmationNumber(Long meetingId, String confirmationNumber);
}
