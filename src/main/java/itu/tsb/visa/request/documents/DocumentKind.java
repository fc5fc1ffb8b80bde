package itu.tsb.visa.request.documents;

/** What a document of a request is. */
public enum DocumentKind {
    /** The administration's signed covering letter: the original of a request received by fax or e-mail. */
    COVERING_LETTER,
    /** A person's passport data page. */
    PASSPORT_PAGE
}
