package itu.tsb.visa.security;

public enum Role {
    APPLICANT, TSB_STAFF, AUDITOR, ADMIN
}
