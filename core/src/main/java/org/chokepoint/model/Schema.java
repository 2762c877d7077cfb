package org.chokepoint.model;

import java.util.Locale;

/** What kind of thing a listed entity is. Lists use many words for these; {@link #parse} maps them. */
public enum Schema {
    PERSON, ORGANIZATION, VESSEL, AIRCRAFT, UNKNOWN;

    /** The lower-case name used in files and on the command line ("person", "organization", ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Maps the type words of the official lists (OFAC "individual", CSL "Entity", FollowTheMoney
     * "LegalEntity", UK "ship", ...) to a schema. Never null; unknown words give {@link #UNKNOWN}.
     */
    public static Schema parse(String word) {
        if (word == null) return UNKNOWN;
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "person", "individual", "individuals" -> PERSON;
            case "organization", "organisation", "entity", "entities", "company", "legalentity",
                 "legal entity", "publicbody", "public body", "org" -> ORGANIZATION;
            case "vessel", "ship", "vessels", "ships" -> VESSEL;
            case "aircraft", "airplane", "aeroplane" -> AIRCRAFT;
            default -> UNKNOWN;
        };
    }
}
