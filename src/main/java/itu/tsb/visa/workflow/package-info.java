/**
 * The only module that knows Camunda: the process adapter (implementing the features' workflow
 * ports), the delegates that call one use case each, the eligibility DMN evaluation and the engine's
 * configuration. Process variables hold ids and routing facts only, never personal data.
 */
package itu.tsb.visa.workflow;
