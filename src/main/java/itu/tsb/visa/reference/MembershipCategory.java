package itu.tsb.visa.reference;

/** ITU membership categories; whether one is eligible for visa assistance is per-meeting data. */
public enum MembershipCategory {
    MEMBER_STATE("Member State", "État Membre"),
    SECTOR_MEMBER("Sector Member", "Membre de Secteur"),
    ASSOCIATE("Associate", "Associé"),
    ACADEMIA("Academia", "Établissement universitaire"),
    NON_MEMBER("non-member", "non-membre");

    private final String english;
    private final String french;

    MembershipCategory(String english, String french) {
        this.english = english;
        this.french = french;
    }

    public String english() {
        return english;
    }

    public String french() {
        return french;
    }
}
