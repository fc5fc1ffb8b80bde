/**
 * What every feature shares, a module open to all: the refusals of the domain (this package), the single source
 * of "now" in Geneva time ({@code time}), encryption of personal data at rest and its keys ({@code crypto}), the
 * problem+json answers, the reader's language and the API's description ({@code web}), CSV and the wording of
 * sentences and dates ({@code text}), the check of a body against a Camunda Form ({@code forms}), and the lock
 * that has nodes start one at a time ({@code startup}).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package itu.tsb.visa.shared;

import org.springframework.modulith.ApplicationModule;
