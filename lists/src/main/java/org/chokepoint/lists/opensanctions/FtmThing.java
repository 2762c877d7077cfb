package org.chokepoint.lists.opensanctions;

import com.fasterxml.jackson.databind.JsonNode;
import org.chokepoint.country.Countries;
import org.chokepoint.identifier.IdentifierText;
import org.chokepoint.model.Address;
import org.chokepoint.model.Entity;
import org.chokepoint.model.Identifier;
import org.chokepoint.model.IdentifierType;
import org.chokepoint.model.NameKind;
import org.chokepoint.model.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One FollowTheMoney party (Person, Company, Organization, LegalEntity, PublicBody, Vessel, Airplane)
 * mapped onto the entity model, waiting for what other lines of the file add to it: the Address
 * entities it references, its Sanctions, its identity documents. Built once the file is read.
 */
final class FtmThing {
    /** Properties that name a country the entity is associated with. Birth country is not one of them. */
    private static final String[] COUNTRY_PROPERTIES = {"country", "jurisdiction", "nationality", "citizenship", "flag", "mainCountry"};

    final long line;
    private final Entity.Builder builder;
    final Schema schema;
    final List<String> addressRefs;
    private final List<String> addressTexts;
    private final LocalDate created;
    private LocalDate sanctioned;
    private final Set<String> identifierKeys = new HashSet<>();

    private FtmThing(long line, Entity.Builder builder, Schema schema, List<String> addressRefs, List<String> addressTexts, LocalDate created) {
        this.line = line;
        this.builder = builder;
        this.schema = schema;
        this.addressRefs = addressRefs;
        this.addressTexts = addressTexts;
        this.created = created;
    }

    /** Maps the entity, or returns null when it has no name at all (the caller rejects it). */
    static FtmThing of(String source, String id, String schemaName, JsonNode entity, FtmProperties p, String raw, long line) {
        Schema schema = Schema.parse(schemaName);
        Entity.Builder b = Entity.builder(source, id).schema(schema).raw(raw);
        List<String> datasets = new ArrayList<>();
        JsonNode ds = entity.get("datasets");
        if (ds != null && ds.isArray()) for (JsonNode d : ds) if (d.isTextual() && !d.asText().isBlank()) datasets.add(d.asText().strip());
        b.list(datasets.isEmpty() ? "OpenSanctions" : String.join(", ", datasets));
        for (String n : p.values("name")) b.name(n, NameKind.PRIMARY);
        for (String n : p.values("alias")) b.name(n, NameKind.AKA);
        for (String n : p.values("previousName")) b.name(n, NameKind.FKA);
        for (String n : p.values("weakAlias")) b.name(n, NameKind.WEAK_AKA);
        if (!b.hasName()) return null;
        for (String prop : COUNTRY_PROPERTIES) for (String c : p.values(prop)) b.country(Countries.toIso2(c));
        for (String program : p.values("programId")) b.program(program);
        for (String program : p.values("program")) b.program(program);
        List<String> notes = p.values("notes");
        if (!notes.isEmpty()) b.remarks(String.join("\n", notes));
        b.sourceUrl(p.first("sourceUrl"));
        LocalDate created = TargetsSimpleReader.date(p.first("createdAt"));
        if (created == null) created = TargetsSimpleReader.date(FtmProperties.field(entity, "first_seen"));
        FtmThing thing = new FtmThing(line, b, schema, p.values("addressEntity"), p.values("address"), created);
        thing.identifiers(p);
        return thing;
    }

    private void identifiers(FtmProperties p) {
        typed(p, "innCode", IdentifierType.INN);
        typed(p, "ogrnCode", IdentifierType.OGRN);
        typed(p, "leiCode", IdentifierType.LEI);
        typed(p, "okpoCode", IdentifierType.OKPO);
        typed(p, "swiftBic", IdentifierType.SWIFT);
        typed(p, "passportNumber", IdentifierType.PASSPORT);
        typed(p, "idNumber", IdentifierType.NATIONAL_ID);
        typed(p, "vatCode", IdentifierType.TAX);
        for (String v : p.values("imoNumber")) identifier(ImoNumbers.of(v, schema, "imoNumber"));
        // Registration and tax numbers of Russian companies are often an OGRN and an INN under a
        // generic property: the check digits tell.
        recognised(p, "registrationNumber", IdentifierType.REGISTRATION);
        recognised(p, "taxNumber", IdentifierType.TAX);
        typed(p, "mmsi", IdentifierType.OTHER);
        typed(p, "callSign", IdentifierType.OTHER);
    }

    private void typed(FtmProperties p, String property, IdentifierType type) {
        for (String v : p.values(property)) identifier(Identifier.of(type, v, null, property));
    }

    private void recognised(FtmProperties p, String property, IdentifierType fallback) {
        for (String v : p.values(property)) {
            Identifier id = IdentifierText.recognise(v, null, property);
            identifier(id != null && id.type() != IdentifierType.IMO ? id : Identifier.of(fallback, v, null, property));
        }
    }

    /**
     * Adds an identifier unless the entity has the same number of the same type already: OpenSanctions
     * often repeats the OGRN as {@code registrationNumber} and the INN as {@code taxNumber}, and an
     * Identification entity may restate either. The first property named wins.
     */
    void identifier(Identifier id) {
        if (id != null && !id.value().isEmpty() && identifierKeys.add(id.type() + ":" + id.value())) builder.identifier(id);
    }

    /** A Sanction naming this entity: its program and start date. */
    void sanction(FtmProperties s) {
        for (String program : s.values("programId")) builder.program(program);
        if (s.values("programId").isEmpty()) for (String program : s.values("program")) builder.program(program);
        for (String d : s.values("startDate")) {
            LocalDate date = TargetsSimpleReader.date(d);
            if (date != null && (sanctioned == null || date.isBefore(sanctioned))) sanctioned = date;
        }
    }

    /**
     * Builds the entity. Addresses: the structured Address entities found in the file, then the text
     * addresses that do not merely repeat one of them (FollowTheMoney copies an Address entity's full
     * text into the party's {@code address} property). Designation: the earliest Sanction start date;
     * failing that the record's creation or first-seen date, which is when the source or OpenSanctions
     * first had it, not a legal designation.
     */
    Entity build(List<FtmAddress> resolved) {
        List<String> seen = new ArrayList<>();
        for (FtmAddress a : resolved) {
            builder.address(a.address());
            seen.add(a.address().full().toLowerCase(Locale.ROOT));
            if (a.full() != null) seen.add(a.full().toLowerCase(Locale.ROOT));
        }
        for (String text : addressTexts) {
            if (!seen.contains(text.toLowerCase(Locale.ROOT))) builder.address(new Address(text, null, null, null, null, null));
        }
        builder.designated(sanctioned != null ? sanctioned : created);
        return builder.build();
    }
}
