/**
 * The named domain policies that decide each rule of a request (the meeting ahead, eligibility, the four-week
 * window, registrations, travel documents, printable names), each with its unit tests, and the checks of a
 * person that a submission, a correction and a spreadsheet share. The engine's steps and the letter consult them.
 */
@NamedInterface("policy")
package itu.tsb.visa.request.policy;

import org.springframework.modulith.NamedInterface;
