/**
 * The audit trail: who did what to which request and when, including every read of personal data and
 * every letter downloaded or verified. Append-only; it outlives the personal data it never contains.
 */
package itu.tsb.visa.audit;
