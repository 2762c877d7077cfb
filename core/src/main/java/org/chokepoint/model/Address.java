package org.chokepoint.model;

/**
 * A postal address as published. Any part may be null; {@code country} is ISO 3166-1 alpha-2 when
 * the country could be recognised, and {@code countryName} keeps the list's own wording.
 */
public record Address(String street, String city, String postalCode, String region,
                      String country, String countryName) {

    /** One line for people and for address matching: the non-empty parts joined with ", ". */
    public String full() {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {street, city, postalCode, region, countryName != null ? countryName : country}) {
            if (part != null && !part.isBlank()) {
                if (!b.isEmpty()) b.append(", ");
                b.append(part.strip());
            }
        }
        return b.toString();
    }
}
