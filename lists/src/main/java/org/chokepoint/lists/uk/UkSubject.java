package org.chokepoint.lists.uk;

import de.siegmar.fastcsv.reader.CsvRecord;
import org.chokepoint.country.Countries;
import org.chokepoint.identifier.IdentifierText;
import org.chokepoint.lists.CsvRows;
import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One UK subject gathered from the tables, in the order the rows come. Rows that repeat a fact
 * (the transformation copied many) are dropped by content before they are mapped.
 */
final class UkSubject {
    final String uniqueId;
    final long line;
    private final Entity.Builder builder;
    private final StringBuilder raw = new StringBuilder();
    private final Set<String> seenRows = new LinkedHashSet<>();
    private final List<String> dobs = new ArrayList<>();
    private final Set<String> identifierKeys = new LinkedHashSet<>();
    private final String unReference;

    UkSubject(String uniqueId, long line, Schema schema, String unReference, LocalDate designated, String subjectRow) {
        this.uniqueId = uniqueId;
        this.line = line;
        this.unReference = unReference;
        this.builder = Entity.builder(UkReader.SOURCE, uniqueId).list(UkReader.LIST).schema(schema).designated(designated);
        builder.program(regime(uniqueId));
        if (unReference != null) builder.identifier(Identifier.of(IdentifierType.OTHER, unReference, null, "UN reference"));
        raw.append("subjects.csv: ").append(subjectRow);
    }

    /**
     * The regime: the letters the UK list ID starts with ("RUS" in RUS0001, "DPR" for the DPRK). The
     * tables carry no regime column; the ID prefix is how the FCDO numbers subjects per regime.
     */
    static String regime(String uniqueId) {
        int i = 0;
        while (i < uniqueId.length() && Character.isLetter(uniqueId.charAt(i))) i++;
        return i == 0 ? null : uniqueId.substring(0, i).toUpperCase(Locale.ROOT);
    }

    /** Records the row in the raw text; false when it only repeats an earlier row of the same table. */
    boolean firstTime(String table, CsvRecord row) {
        if (!seenRows.add(table + ":" + UkTable.content(row))) return false;
        raw.append('\n').append(table).append(": ").append(CsvRows.raw(row));
        return true;
    }

    void name(String fullName, String nameType, String strength) {
        // Names were joined from parts with their stray blanks ("ABDUL KABIR  MUHAMMAD JAN").
        String name = fullName.replaceAll("[\\s\\p{Z}]+", " ").strip();
        NameKind kind;
        if ("primary".equalsIgnoreCase(nameType)) kind = NameKind.PRIMARY;
        else if (strength != null && strength.toLowerCase(Locale.ROOT).matches(".*(weak|low).*")) kind = NameKind.WEAK_AKA;
        else kind = NameKind.AKA;
        builder.name(name, kind);
    }

    /**
     * Adds the identifiers a row holds. One number may come with several notes ("Issued in Karachi",
     * "expired"): the first row wins, so that a passport is one identifier however often it is noted.
     */
    void identifier(String value, String type, String info) {
        String t = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        String infoCountry = Countries.toIso2(info);
        String label = info == null || infoCountry != null ? type : type + ": " + info;
        for (Identifier id : UkIdentifiers.map(value, t, infoCountry, label)) {
            if (identifierKeys.add(id.type() + ":" + id.value())) builder.identifier(id);
        }
    }

    void country(String iso, String rawValue, String countryType) {
        String code = iso != null ? iso : Countries.toIso2(rawValue);
        if (code != null && !Countries.isIso2(code)) code = Countries.toIso2(code);
        // The table gives address countries only, no street: an address that says "Russia" is still
        // what the list publishes, and address matching can use it.
        if ("address".equalsIgnoreCase(countryType) && rawValue != null) builder.address(new Address(null, null, null, null, code, rawValue));
        else builder.country(code);
    }

    void dob(String year, String month, String day) {
        if (year == null) return;
        String d = year + (month != null ? "-" + month + (day != null ? "-" + day : "") : "");
        if (!dobs.contains(d)) dobs.add(d);
    }

    boolean hasName() {
        return builder.hasName();
    }

    Entity build() {
        List<String> remarks = new ArrayList<>();
        if (unReference != null) remarks.add("UN reference: " + unReference);
        if (!dobs.isEmpty()) remarks.add("Date of birth: " + String.join(", ", dobs));
        return builder.remarks(String.join("\n", remarks)).raw(raw.toString()).build();
    }

    /** The identifier types of the UK tables mapped to registers. */
    private static final class UkIdentifiers {
        static List<Identifier> map(String value, String type, String country, String label) {
            return switch (type) {
                case "imo" -> List.of(Identifier.of(IdentifierType.IMO, clean(value), null, label));
                case "passport" -> List.of(Identifier.of(IdentifierType.PASSPORT, clean(value), country, label));
                case "national" -> List.of(national(value, country, label));
                case "business_registration_numbers" -> {
                    // Free text ("INN: 7802005951 OGRN: 1027801526070", "UK Company no. 06527449"):
                    // the INN and OGRN identify themselves by check digits; the rest stays whole.
                    List<Identifier> found = IdentifierText.find(value, null, label);
                    yield found.isEmpty() ? List.of(Identifier.of(IdentifierType.REGISTRATION, clean(value), country, label)) : found;
                }
                default -> List.of(Identifier.of(IdentifierType.OTHER, clean(value), country, label));
            };
        }

        /**
         * National identification numbers. For Russians the list files the INN here: an explicit "INN"
         * or "OGRNIP" is believed, and so is a 12-digit number with valid INN check digits (one such
         * number in a hundred passes by chance). A 10-digit number is not taken for an INN: a tenth of
         * any 10-digit numbers pass, and Iranian national IDs have 10 digits.
         */
        private static Identifier national(String value, String country, String label) {
            String v = clean(value);
            Identifier parsed = IdentifierText.parse(v).stream().findFirst().orElse(null);
            if (parsed != null && parsed.label() != null && (parsed.type() == IdentifierType.INN || parsed.type() == IdentifierType.OGRN))
                return new Identifier(parsed.type(), parsed.value(), country, label, parsed.valid());
            if (v.matches("\\d{12}") && IdentifierType.INN.isValid(v)) return Identifier.of(IdentifierType.INN, v, country, label);
            return Identifier.of(IdentifierType.NATIONAL_ID, v, country, label);
        }

        private static String clean(String value) {
            return IdentifierText.clean(value);
        }
    }
}
