package org.chokepoint.trade.generate;

import org.chokepoint.model.Entity;
import org.chokepoint.screening.Screener;
import org.chokepoint.screening.ScreeningQuery;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The scenario generator: synthetic customs declarations with planted evasion parties, real listed end
 * users and look-alike legitimate trade, and the truth to measure detection against. One seeded random
 * generator drives everything, and nothing is ordered by hashing, so the same seed, lists and settings
 * give byte-identical files. Lines are written as they are made: memory depends on the number of
 * parties and on the planted parties' lines, not on the number of records.
 */
public final class ScenarioGenerator {
    /** The random algorithm; named, so that a JDK's default cannot change the output. */
    static final String ALGORITHM = "L64X128MixRandom";

    private ScenarioGenerator() {}

    /**
     * Generates into {@code dir} (created if needed): shipments.csv, truth.json, truth_parties.csv, README.txt.
     *
     * @param entities the loaded listed entities; must include Russian or Belarusian organisations listed for the war
     * @param progress called now and then with the number of records written; may be null
     * @throws IllegalArgumentException when the lists hold no usable end user
     */
    public static GenerationSummary generate(List<Entity> entities, GeneratorSettings settings, Path dir,
                                             java.util.function.LongConsumer progress) throws IOException {
        ListedParties listed = new ListedParties(entities);
        if (listed.endUsers.isEmpty()) {
            throw new IllegalArgumentException("the loaded lists hold no Russian or Belarusian organisation listed under RUSSIA-EO14024 "
                    + "or on the Entity List, so there is no listed end user to plant; load the lists first (chokepoint lists update)");
        }
        long t0 = System.nanoTime();
        Screener screener = Screener.build(entities);
        NameCheck check = name -> !screener.screen(ScreeningQuery.of(name)).isEmpty();
        return generate(listed, check, settings, dir, progress, t0);
    }

    static GenerationSummary generate(ListedParties listed, NameCheck check, GeneratorSettings s, Path dir,
                                      java.util.function.LongConsumer progress, long t0) throws IOException {
        Files.createDirectories(dir);
        RandomGenerator rng = RandomGeneratorFactory.<RandomGenerator>of(ALGORITHM).create(s.seed());
        Population pop = Population.build(s.records(), s.start(), s.end(), listed, check, rng);
        GoodsCatalog catalog = GoodsCatalog.standard();
        Carriers carriers = new Carriers(listed, check, listed.identifierValues, rng);
        PlantedTrade planted = new PlantedTrade(pop, catalog, carriers, rng);
        planted.plan((double) s.records() / pop.parties.size());
        LegitTrade legit = new LegitTrade(pop, catalog, rng);
        Clerk clerk = new Clerk(rng, carriers);
        RecordNaming naming = RecordNaming.forRecords(s.records());
        long t1 = System.nanoTime();
        Path shipments = dir.resolve("shipments.csv");
        long days = ChronoUnit.DAYS.between(s.start(), s.end()) + 1;
        String[] row = new String[Clerk.COLUMNS];
        Consignment c = new Consignment();
        try (Writer out = writer(shipments); Writer truth = writer(dir.resolve("truth_parties.csv"))) {
            line(out, Clerk.header().toArray(String[]::new));
            truth.write("record_id,role,party_id\n");
            for (long i = 0; i < s.records(); i++) {
                LocalDate day = s.start().plusDays(i * days / s.records());
                PlantedTrade.Event e = planted.due(day);
                Consignment x = e == null ? null : planted.write(e, day, c);
                if (x == null) x = legit.next(day, c);
                String id = naming.id(i + 1);
                clerk.write(id, day, x, row);
                line(out, row);
                x.exporter.appearedIn(i + 1);
                x.importer.appearedIn(i + 1);
                truth.write(id + ",exporter," + x.exporter.partyId + "\n" + id + ",importer," + x.importer.partyId + "\n");
                if (progress != null && (i + 1) % 100_000 == 0) progress.accept(i + 1);
            }
        }
        int endUsers = (int) pop.endUsers.stream().filter(p -> p.appearances() > 0).count();
        int plantedCount = (int) pop.planted.stream().filter(p -> p.appearances() > 0).count();
        GenerationSummary sum = new GenerationSummary(s.records(), (int) pop.parties.stream().filter(p -> p.appearances() > 0).count(),
                plantedCount, endUsers, planted.planned() - planted.remaining(), pop.redrawn, shipments, Files.size(shipments),
                (t1 - t0) / 1e9, 0);
        TruthWriter.write(dir.resolve("truth.json"), s, pop, naming);
        List<String> patterns = new ArrayList<>();
        for (Pattern p : Pattern.values()) if (pop.planted.stream().anyMatch(x -> x.patterns.contains(p) && x.appearances() > 0)) patterns.add(p.id());
        TruthWriter.readme(dir.resolve("README.txt"), s, sum, patterns);
        return new GenerationSummary(sum.records(), sum.parties(), sum.planted(), sum.listedEndUsers(), sum.plantedLines(), sum.redrawn(),
                sum.shipments(), sum.bytes(), sum.setupSeconds(), (System.nanoTime() - t1) / 1e9);
    }

    private static Writer writer(Path p) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8), 1 << 16);
    }

    /** One RFC 4180 line: fields with a comma, quote or line break are quoted, quotes doubled; CRLF is not used. */
    static void line(Writer out, String[] fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) out.write(',');
            String f = fields[i];
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                out.write('"');
                out.write(f.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(f);
            }
        }
        out.write('\n');
    }
}
