package org.chokepoint.lists.csl;

import org.chokepoint.country.Countries;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import static java.util.Map.entry;

/**
 * The CSL {@code ids} field: {@code type, value[, country[, issued[, expires]]]} entries separated by
 * {@code "; "}. OFAC also puts facts about the listing into it ("Listing Date (CMIC)", "Equity Ticker",
 * "Website", directive texts); those identify nothing a screened party would present, so they are not
 * turned into identifiers and stay only in {@code Entity.raw}. Labels not in either table become
 * {@link IdentifierType#OTHER} with the label kept, so no number is lost.
 */
final class CslIdentifiers {
    private CslIdentifiers() {}

    /** Labels that carry a fixed type. "Tax ID No.", "Registration ID" and vessel ids need the value, see {@link #type}. */
    private static final Map<String, IdentifierType> TYPES = Map.ofEntries(
            entry("Passport", IdentifierType.PASSPORT),
            entry("Diplomatic Passport", IdentifierType.PASSPORT),
            entry("British National Overseas Passport", IdentifierType.PASSPORT),
            entry("National ID No.", IdentifierType.NATIONAL_ID),
            entry("National Foreign ID Number", IdentifierType.NATIONAL_ID),
            entry("Identification Number", IdentifierType.NATIONAL_ID),
            entry("Personal ID Card", IdentifierType.NATIONAL_ID),
            entry("Cedula No.", IdentifierType.NATIONAL_ID),
            entry("D.N.I.", IdentifierType.NATIONAL_ID),
            entry("C.U.R.P.", IdentifierType.NATIONAL_ID),
            entry("SSN", IdentifierType.NATIONAL_ID),
            entry("NIT #", IdentifierType.TAX),
            entry("R.F.C.", IdentifierType.TAX),
            entry("RFC", IdentifierType.TAX),
            entry("RUC #", IdentifierType.TAX),
            entry("C.U.I.T.", IdentifierType.TAX),
            entry("US FEIN", IdentifierType.TAX),
            entry("V.A.T. Number", IdentifierType.TAX),
            entry("Italian Fiscal Code", IdentifierType.TAX),
            entry("Unified Social Credit Code (USCC)", IdentifierType.REGISTRATION),
            entry("Business Registration Document #", IdentifierType.REGISTRATION),
            entry("Business Registration Number", IdentifierType.REGISTRATION),
            entry("Certificate of Incorporation Number", IdentifierType.REGISTRATION),
            entry("Company Number", IdentifierType.REGISTRATION),
            entry("UK Company Number", IdentifierType.REGISTRATION),
            entry("C.R. No.", IdentifierType.REGISTRATION),
            entry("Legal Entity Number", IdentifierType.LEI),
            entry("SWIFT/BIC", IdentifierType.SWIFT),
            // OFAC's label for the Russian OKPO statistical code.
            entry("Government Gazette Number", IdentifierType.OKPO));

    /** Label prefixes of listing facts, not identifiers (see the class comment). */
    private static final List<String> METADATA = List.of(
            "Listing Date", "Effective Date", "Purchase/Sales For Divestment Date", "Equity Ticker", "ISIN",
            "Issuer Name", "Target Type", "Website", "Email", "Phone", "Fax", "Gender", "Organization Established Date",
            "Organization Type", "Nationality of Registration", "Nationality Country", "Executive Order",
            "Secondary sanctions risk", "Additional Sanctions Information", "Transactions Prohibited",
            "CAATSA Section", "IFCA Determination");

    /** The identifiers of one {@code ids} field, in published order; empty for null. */
    static List<Identifier> parse(String ids) {
        List<Identifier> out = new ArrayList<>();
        if (ids == null) return out;
        for (String entry : ids.split("; ")) {
            String[] parts = entry.split(",", -1);
            String label = parts[0].strip();
            if (parts.length < 2 || label.isEmpty() || isMetadata(label)) continue;
            String value = parts[1].strip();
            if (value.isEmpty()) continue;
            // The third part is the issuing country when present; for some entries it is an issue date instead.
            String country = parts.length > 2 ? Countries.toIso2(parts[2]) : null;
            IdentifierType type = type(label, value, country);
            Identifier id = Identifier.of(type, value, country, label);
            if (!id.value().isEmpty()) out.add(id);
        }
        return out;
    }

    static boolean isMetadata(String label) {
        for (String prefix : METADATA) if (label.startsWith(prefix)) return true;
        return false;
    }

    /**
     * The type of one entry. Russian numbers get their own types only when the shape says so: a Tax ID
     * is an INN when Russian with 10 or 12 digits; a registration number is an OGRN when it has 13 or 15
     * digits with a valid check digit and is not stated to be from another country (Thai registration
     * numbers also have 13 digits).
     */
    static IdentifierType type(String label, String value, String country) {
        String compact = value.replaceAll("[\\s-]", "");
        boolean digits = compact.matches("\\d+");
        return switch (label) {
            case "Tax ID No." -> "RU".equals(country) && digits && (compact.length() == 10 || compact.length() == 12)
                    ? IdentifierType.INN : IdentifierType.TAX;
            case "Registration ID", "Registration Number", "Public Registration Number" ->
                    (country == null || "RU".equals(country)) && digits && (compact.length() == 13 || compact.length() == 15)
                            && IdentifierType.OGRN.isValid(compact) ? IdentifierType.OGRN : IdentifierType.REGISTRATION;
            case "Vessel Registration Identification" ->
                    value.toUpperCase(Locale.ROOT).startsWith("IMO") ? IdentifierType.IMO : IdentifierType.REGISTRATION;
            default -> TYPES.getOrDefault(label, IdentifierType.OTHER);
        };
    }
}
