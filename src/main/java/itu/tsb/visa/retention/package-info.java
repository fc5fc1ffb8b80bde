/**
 * Retention: once a meeting is over by the retention period, the personal data of its ended requests,
 * their letters and its registrations is deleted. Decisions and the audit trail stay.
 */
package itu.tsb.visa.retention;
