/** The demo data set and demo users; present only in the {@code demo} profile. */
package itu.tsb.visa.demo;
