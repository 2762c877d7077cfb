package org.chokepoint.screening;

/**
 * One piece of evidence in a score.
 *
 * @param name         stable id: "name", "identifier_match", "identifier_conflict", "country_match",
 *                     "country_mismatch", "schema_mismatch", "legal_form", "weak_alias"
 * @param contribution how much it moved the score (the name feature: its value; others: the change)
 * @param detail       what a person reads ("INN 7702070139 agrees, check digit valid")
 */
public record Feature(String name, double contribution, String detail) {}
