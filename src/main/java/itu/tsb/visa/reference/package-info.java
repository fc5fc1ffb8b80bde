/**
 * Reference data that TSB staff maintain: meetings, the membership list (entities) and meeting
 * registrations. A registration status change is published as {@link itu.tsb.visa.reference.RegistrationStatusChanged}.
 */
package itu.tsb.visa.reference;
