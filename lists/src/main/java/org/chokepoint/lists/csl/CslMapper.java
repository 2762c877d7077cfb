package org.chokepoint.lists.csl;

import de.siegmar.fastcsv.reader.CsvRecord;
import org.chokepoint.country.Countries;
import org.chokepoint.lists.CsvRows;
import org.chokepoint.model.Entity;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One CSL row to an {@link Entity}. Stateless. */
final class CslMapper {
    private CslMapper() {}

    /** The separator of every multi-valued CSL field. */
    private static final String SEPARATOR = "; ";
    private static final Pattern LIST_CODE = Pattern.compile("\\(([^()]+)\\)[^()]*$");

    /**
     * Lists whose rows leave {@code type} empty but that name only companies and institutes: BIS's
     * Military End User and Unverified lists. The Entity, Denied Persons, ISN and ITAR-debarred lists
     * also leave it empty but mix people ("Ivan Zubarev", "Khalil Zadran") with companies, so their rows
     * stay {@link Schema#UNKNOWN} rather than be screened under the wrong schema.
     */
    private static final Set<String> ORGANIZATIONS_ONLY = Set.of("MEU", "UVL");

    /** The entity of a row whose {@code _id} and {@code name} are present. */
    static Entity map(String nativeId, CsvRecord row, CslColumns c) {
        String source = c.get(row, "source");
        Entity.Builder b = Entity.builder(CslReader.SOURCE, nativeId)
                .list(source)
                .schema(schema(c.get(row, "type"), source))
                .name(c.get(row, "name"), NameKind.PRIMARY);
        for (String alt : split(c.get(row, "alt_names"))) {
            // The Entity List writes its last alias as "and <name>", an enumeration in prose.
            b.name(alt.startsWith("and ") ? alt.substring(4) : alt, NameKind.AKA);
        }
        for (String address : split(c.get(row, "addresses"))) b.address(CslAddresses.parse(address));
        for (String program : split(c.get(row, "programs"))) b.program(program);
        for (String column : List.of("citizenships", "nationalities", "vessel_flag")) {
            for (String country : split(c.get(row, column))) b.country(Countries.toIso2(country));
        }
        CslIdentifiers.parse(c.get(row, "ids")).forEach(b::identifier);
        String url = c.get(row, "source_information_url");
        return b.designated(date(c.get(row, "start_date")))
                .remarks(c.get(row, "remarks"))
                .sourceUrl(url != null ? url : c.get(row, "source_list_url"))
                .raw(CsvRows.raw(row))
                .build();
    }

    /** The short code of a source list: "EL" for "Entity List (EL) - Bureau of Industry and Security". */
    static String listCode(String source) {
        if (source == null) return "unknown";
        Matcher m = LIST_CODE.matcher(source);
        String code = m.find() ? m.group(1) : source;
        return code.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    static Schema schema(String type, String source) {
        if (type != null) return Schema.parse(type);
        return ORGANIZATIONS_ONLY.contains(listCode(source)) ? Schema.ORGANIZATION : Schema.UNKNOWN;
    }

    private static List<String> split(String value) {
        if (value == null) return List.of();
        return Arrays.stream(value.split(SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** ISO dates as trade.gov writes them; anything else is treated as not stated (the row is kept). */
    private static LocalDate date(String value) {
        if (value == null) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
