package itu.tsb.visa.request;

public enum RepresentationKind {
    EMBASSY, CONSULATE
}
