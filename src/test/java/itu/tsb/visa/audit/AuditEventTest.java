package itu.tsb.visa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A detail longer than its column is cut, and says so, instead of failing the transaction it records. */
class AuditEventTest {

    @Test
    void aDetailFitsItsColumnAndSaysWhenItWasCut() {
        String longDetail = "x".repeat(2500);
        AuditEvent cut = new AuditEvent(1L, "system", "APPLICANT_NOTIFIED", longDetail, Instant.EPOCH);
        assertThat(cut.getDetail()).hasSize(AuditEvent.DETAIL_LENGTH).startsWith("xxx").endsWith("(cut at 2,000 characters)");

        String fits = "y".repeat(AuditEvent.DETAIL_LENGTH);
        assertThat(new AuditEvent(1L, "system", "X", fits, Instant.EPOCH).getDetail()).isEqualTo(fits);
        assertThat(new AuditEvent(1L, "system", "X", null, Instant.EPOCH).getDetail()).isNull();
    }
}
