/**
 * The official letter to the Swiss authorities: one PDF/A document per approved person, French or
 * English, stored with its SHA-256, verifiable online by a token printed as a QR code. The only
 * module that imports iText.
 */
package itu.tsb.visa.letter;
