package itu.tsb.visa.request;

/** How the request reached TSB. Only staff record FAX and EMAIL requests, with their received date. */
public enum Channel {
    ONLINE, FAX, EMAIL
}
