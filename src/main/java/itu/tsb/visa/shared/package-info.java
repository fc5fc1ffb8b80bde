/**
 * What every feature shares: the single source of "now" (Geneva time), encryption of personal data
 * at rest, and the problem+json shape of API errors.
 */
package itu.tsb.visa.shared;
