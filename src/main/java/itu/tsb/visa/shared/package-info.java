/**
 * What every feature shares: the single source of "now" (Geneva time), encryption of personal data
 * at rest, the problem+json shape of API errors, and the lock that has nodes start one at a time.
 */
package itu.tsb.visa.shared;
