/**
 * TSB staff's work: the review inbox and review decisions (approve, reject with a reason, ask for
 * changes). Completing the review task is behind the {@link itu.tsb.visa.review.ReviewWorkflow} port.
 */
package itu.tsb.visa.review;
