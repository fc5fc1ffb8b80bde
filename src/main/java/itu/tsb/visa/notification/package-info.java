/**
 * Telling applicants: each notification is audited and written to an outbox, one e-mail per focal
 * point of the entity, in the transaction of the step that notifies; a scheduled sender delivers them
 * with retries when a mail server is configured ({@code spring.mail.host}).
 */
package itu.tsb.visa.notification;
