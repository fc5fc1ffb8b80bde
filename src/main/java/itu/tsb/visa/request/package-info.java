/**
 * Visa assistance requests: the aggregate, the named policies that decide each rule, the use cases
 * the process calls, and the API administrations and TSB staff use. The process itself is behind
 * the {@link itu.tsb.visa.request.RequestWorkflow} port, which {@code workflow} implements.
 */
package itu.tsb.visa.request;
