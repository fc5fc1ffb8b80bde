/**
 * Users, roles and what each may see. Applicants act for exactly one entity; TSB staff review;
 * auditors read; admins manage users. {@link itu.tsb.visa.security.CurrentUser} is how features ask.
 */
package itu.tsb.visa.security;
