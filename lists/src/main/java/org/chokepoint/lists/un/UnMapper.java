package org.chokepoint.lists.un;

import org.chokepoint.country.Countries;
import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * One {@code INDIVIDUAL} or {@code ENTITY} element to an {@link Entity}. One instance per read: it
 * collects the country wordings it could not recognise, so the load can report them once.
 */
final class UnMapper {
    static final String LIST = "UN Security Council Consolidated List";
    static final String URL = "https://scsanctions.un.org/resources/xml/en/consolidated.xml";
    private static final String[] NAME_PARTS = {"FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"};

    private final Set<String> unknownCountries = new TreeSet<>();

    /** Country wordings seen that {@link Countries} does not know, sorted. */
    Set<String> unknownCountries() {
        return unknownCountries;
    }

    /** The primary name: the name parts joined for a person, FIRST_NAME for an entity; null when none. */
    static String primaryName(UnElement record) {
        StringJoiner name = new StringJoiner(" ");
        for (String part : NAME_PARTS) {
            String v = record.text(part);
            if (v != null) name.add(v);
        }
        return name.length() == 0 ? null : name.toString();
    }

    /** The entity of a record whose REFERENCE_NUMBER and primary name are present. */
    Entity map(UnElement record, String raw) {
        boolean person = record.name().equals("INDIVIDUAL");
        String prefix = person ? "INDIVIDUAL" : "ENTITY";
        Entity.Builder b = Entity.builder(UnReader.SOURCE, record.text("REFERENCE_NUMBER"))
                .list(LIST)
                .schema(person ? Schema.PERSON : Schema.ORGANIZATION)
                .name(primaryName(record), NameKind.PRIMARY)
                // The name in the person's own script (Arabic, Cyrillic); EntityName detects the script.
                .name(record.text("NAME_ORIGINAL_SCRIPT"), NameKind.AKA);
        for (UnElement alias : record.all(prefix + "_ALIAS")) {
            // "Low" quality aliases are the UN's own warning that a name is too vague to act on alone.
            b.name(alias.text("ALIAS_NAME"), NameKind.parse(alias.text("QUALITY")));
        }
        for (UnElement a : record.all(prefix + "_ADDRESS")) {
            String countryName = a.text("COUNTRY");
            b.address(new Address(a.text("STREET"), a.text("CITY"), a.text("ZIP_CODE"), a.text("STATE_PROVINCE"),
                    country(countryName), countryName));
        }
        for (UnElement nationality : record.all("NATIONALITY")) {
            for (UnElement value : nationality.all("VALUE")) b.country(country(value.text().isEmpty() ? null : value.text()));
        }
        for (UnElement document : record.all("INDIVIDUAL_DOCUMENT")) b.identifier(document(document));
        return b.program(record.text("UN_LIST_TYPE"))
                .designated(date(record.text("LISTED_ON")))
                .remarks(record.text("COMMENTS1"))
                .sourceUrl(URL)
                .raw(raw)
                .build();
    }

    /**
     * A travel or identity document. The type is free text, sometimes in French or Spanish
     * ("Numéro de passeport") or wrapped over lines, so it is matched loosely.
     */
    private Identifier document(UnElement document) {
        String number = document.text("NUMBER");
        if (number == null) return null;
        String label = document.text("TYPE_OF_DOCUMENT");
        label = label == null ? null : label.replaceAll("\\s+", " ");
        String type = label == null ? "" : label.toLowerCase(Locale.ROOT);
        IdentifierType t = type.contains("passport") || type.contains("passeport") || type.contains("pasaporte")
                ? IdentifierType.PASSPORT
                : type.contains("national identification") ? IdentifierType.NATIONAL_ID : IdentifierType.OTHER;
        String issuer = document.text("ISSUING_COUNTRY");
        return Identifier.of(t, number, country(issuer != null ? issuer : document.text("COUNTRY_OF_ISSUE")), label);
    }

    private String country(String wording) {
        if (wording == null) return null;
        String iso = Countries.toIso2(wording);
        if (iso == null) unknownCountries.add(wording);
        return iso;
    }

    /** The first ten characters: some dates carry a zone offset ("2015-04-07-04:00"). Null when not a date. */
    static LocalDate date(String value) {
        if (value == null || value.length() < 10) return null;
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
