package org.chokepoint.lists.opensanctions;

import com.fasterxml.jackson.databind.JsonNode;
import org.chokepoint.country.Countries;
import org.chokepoint.identifier.IdentifierText;
import org.chokepoint.lists.ListLoad;
import org.chokepoint.lists.Rejection;
import org.chokepoint.lists.SourceFile;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;
import org.chokepoint.model.Ownership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The state of one FollowTheMoney file being read. Entities reference each other by id in any order
 * (a Sanction may come before the Company it names), so the relations are collected while reading
 * and joined when the file is done. Not thread-safe: one per read.
 */
final class FtmLoad {
    private static final Set<String> PARTIES = Set.of("Person", "Company", "Organization", "LegalEntity", "PublicBody", "Vessel", "Airplane");

    private final String source;
    private final String file;
    private final Map<String, FtmThing> things = new LinkedHashMap<>();
    private final Map<String, Long> lines = new HashMap<>();
    private final Map<String, FtmAddress> addresses = new HashMap<>();
    private final List<FtmProperties> sanctions = new ArrayList<>();
    private final List<IdDocument> documents = new ArrayList<>();
    private final List<Ownership> ownerships = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final Map<String, Integer> unused = new TreeMap<>();
    private int badPercentages;
    private long records;
    private LocalDate published;

    private record IdDocument(String holder, Identifier identifier) {}

    FtmLoad(String source, String file) {
        this.source = source;
        this.file = file;
    }

    void invalid(long line, String reason) {
        records++;
        rejections.add(new Rejection(file, line, null, reason));
    }

    void accept(JsonNode node, String raw, long line) {
        records++;
        if (!node.isObject()) {
            rejections.add(new Rejection(file, line, null, "not a JSON object"));
            return;
        }
        String id = FtmProperties.field(node, "id");
        String schema = FtmProperties.field(node, "schema");
        if (id == null || schema == null) {
            rejections.add(new Rejection(file, line, id == null ? "id" : "schema", "not a FollowTheMoney entity: no " + (id == null ? "id" : "schema")));
            return;
        }
        Long first = lines.putIfAbsent(id, line);
        if (first != null) {
            rejections.add(new Rejection(file, line, "id", "duplicate id " + id + " (first on line " + first + ")"));
            return;
        }
        LocalDate seen = TargetsSimpleReader.date(FtmProperties.field(node, "last_seen"));
        if (seen != null && (published == null || seen.isAfter(published))) published = seen;
        FtmProperties p = FtmProperties.of(node);
        if (PARTIES.contains(schema)) {
            FtmThing thing = FtmThing.of(source, id, schema, node, p, raw, line);
            if (thing == null) rejections.add(new Rejection(file, line, "name", "no name for " + schema + " " + id));
            else things.put(id, thing);
            return;
        }
        switch (schema) {
            case "Ownership" -> ownership(id, p, line);
            case "Address" -> addresses.put(id, FtmAddress.of(p));
            case "Sanction" -> sanctions.add(p);
            case "Passport", "Identification" -> document(schema, p);
            default -> unused.merge(schema, 1, Integer::sum);
        }
    }

    private void ownership(String id, FtmProperties p, long line) {
        String owner = p.first("owner");
        String asset = p.first("asset");
        if (owner == null || asset == null) {
            rejections.add(new Rejection(file, line, owner == null ? "owner" : "asset", "Ownership " + id + " has no " + (owner == null ? "owner" : "asset")));
            return;
        }
        String pct = p.first("percentage");
        Double percentage = Percentages.parse(pct);
        if (pct != null && percentage == null) badPercentages++;
        ownerships.add(new Ownership(source + ":" + id, source + ":" + owner, source + ":" + asset, percentage, p.first("role")));
    }

    private void document(String schema, FtmProperties p) {
        String holder = p.first("holder");
        String number = p.first("number");
        if (holder == null || number == null) return;
        String country = Countries.toIso2(p.first("country"));
        Identifier id;
        if (schema.equals("Passport")) id = Identifier.of(IdentifierType.PASSPORT, number, country, schema);
        else {
            Identifier typed = IdentifierText.recognise(number, country, schema);
            id = typed != null ? typed : Identifier.of(IdentifierType.NATIONAL_ID, number, country, schema);
        }
        documents.add(new IdDocument(holder, id));
    }

    ListLoad result(SourceFile sourceFile) {
        List<String> warnings = new ArrayList<>();
        int orphanSanctions = 0;
        for (FtmProperties s : sanctions) {
            FtmThing thing = things.get(s.first("entity"));
            if (thing != null) thing.sanction(s);
            else orphanSanctions++;
        }
        int orphanDocuments = 0;
        for (IdDocument d : documents) {
            FtmThing thing = things.get(d.holder());
            if (thing != null) thing.identifier(d.identifier());
            else orphanDocuments++;
        }
        Set<String> referenced = new HashSet<>();
        int missingAddresses = 0;
        List<Entity> entities = new ArrayList<>(things.size());
        for (FtmThing thing : things.values()) {
            List<FtmAddress> resolved = new ArrayList<>();
            for (String ref : thing.addressRefs) {
                FtmAddress a = addresses.get(ref);
                if (a != null) {
                    resolved.add(a);
                    referenced.add(ref);
                } else missingAddresses++;
            }
            entities.add(thing.build(resolved));
        }
        int danglingOwnerships = 0;
        String prefix = source + ":";
        for (Ownership o : ownerships) {
            if (!things.containsKey(o.ownerId().substring(prefix.length())) || !things.containsKey(o.assetId().substring(prefix.length()))) danglingOwnerships++;
        }
        unused.forEach((schema, n) -> warnings.add(n + " " + schema + " entities not used"));
        if (orphanSanctions > 0) warnings.add(orphanSanctions + " Sanction entities name no entity in the file: not used");
        if (orphanDocuments > 0) warnings.add(orphanDocuments + " Passport/Identification entities name no entity in the file: not used");
        if (missingAddresses > 0) warnings.add(missingAddresses + " addressEntity references to Address entities not in the file: ignored");
        int unreferenced = addresses.size() - referenced.size();
        if (unreferenced > 0) warnings.add(unreferenced + " Address entities referenced by no entity: not used");
        if (danglingOwnerships > 0) warnings.add(danglingOwnerships + " ownerships name an owner or asset not in the file (kept)");
        if (badPercentages > 0) warnings.add(badPercentages + " ownership percentages not understood (kept without a percentage)");
        return new ListLoad(source, entities, ownerships, rejections, warnings, List.of(sourceFile), published, records);
    }
}
