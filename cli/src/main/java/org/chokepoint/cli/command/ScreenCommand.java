package org.chokepoint.cli.command;

import org.chokepoint.cli.DataDirOption;
import org.chokepoint.cli.output.MatchJson;
import org.chokepoint.cli.output.Progress;
import org.chokepoint.cli.output.ScreenReport;
import org.chokepoint.lists.index.KeptIndex;
import org.chokepoint.lists.store.SnapshotStore;
import org.chokepoint.cli.batch.BatchScreening;
import org.chokepoint.cli.batch.PartiesFile;
import org.chokepoint.screening.Match;
import org.chokepoint.screening.ScorerV1;
import org.chokepoint.screening.Screener;
import org.chokepoint.screening.ScreeningQuery;
import org.chokepoint.text.NameNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screen a party name (any script) against every loaded list, with each match explained.",
                "With --file, screens every row of a CSV (id,name[,country,type,identifier]) into JSON Lines (--out)."})
public final class ScreenCommand implements Callable<Integer> {
    @Mixin
    private DataDirOption data;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "the name to screen")
    private String name;

    @Option(names = "--country", paramLabel = "CC", description = "the party's country, ISO alpha-2")
    private String country;

    @Option(names = "--type", paramLabel = "T", description = "person, organization, vessel or aircraft")
    private String type;

    @Option(names = "--identifier", paramLabel = "X", description = "identifiers as text: \"INN 7702070139\", \"IMO 9253325; OGRN 1027739609391\"")
    private String identifier;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "5", description = "at most N matches per name (default: ${DEFAULT-VALUE})")
    private int limit;

    @Option(names = "--min-score", paramLabel = "S", description = "report matches scoring at least S (default: the documented threshold, " + ScorerV1.DEFAULT_THRESHOLD + ")")
    private Double minScore;

    @Option(names = "--json", description = "JSON output with every feature of every match")
    private boolean json;

    @Option(names = "--file", paramLabel = "PARTIES.csv", description = "screen every row of this CSV (formats.md §3)")
    private Path file;

    @Option(names = "--out", paramLabel = "RESULTS.jsonl", description = "where --file writes its results")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        if ((name == null) == (file == null)) {
            err.println("error: give either a NAME or --file PARTIES.csv");
            return 2;
        }
        if (file != null && out == null) {
            err.println("error: --file needs --out RESULTS.jsonl");
            return 2;
        }
        double threshold = minScore == null ? ScorerV1.DEFAULT_THRESHOLD : minScore;
        if (threshold < 0 || threshold > 1 || limit <= 0) {
            err.println("error: --min-score must be in [0, 1] and --limit positive");
            return 2;
        }
        if (name != null && ScreeningQuery.of(name, null, null, identifier, limit, threshold).screensNothing()) {
            // "No match" for an empty name would read as a party screened and cleared.
            err.println("error: " + ScreeningQuery.NOTHING_TO_SCREEN + " (give a NAME with letters or digits, or --identifier)");
            return 2;
        }
        // A file that cannot be screened at all is refused before the lists and their index are loaded (seconds).
        PartiesFile parties = file == null ? null : PartiesFile.read(file);
        // The name normaliser takes a second of CPU to build (its transliterators and vocabularies); it is built on the
        // other core while the store opens and the index is read, instead of after.
        Thread.ofPlatform().daemon().name("normaliser").start(NameNormalizer::standard);
        try (SnapshotStore store = SnapshotStore.open(data.dir()); Progress progress = new Progress(System.err)) {
            progress.step("loading lists");
            // Unparsed: read from the kept index, the screener parses only the entities it scores. A batch reads every
            // document now (it meets many entities, on several threads); one name reads the few it needs from the store.
            var entities = file != null ? store.currentEntitiesUnparsed() : store.currentEntitiesOnDemand();
            if (entities.isEmpty()) {
                err.println("error: no lists loaded in " + data.dir() + "; run `chokepoint lists update` first");
                return 1;
            }
            progress.step("indexing " + entities.size() + " entities");
            Screener screener = KeptIndex.open(data.dir(), KeptIndex.CURRENT, store.currentSnapshots(), entities, line -> progress.note(line, err));
            progress.close();
            if (file != null) {
                try (Progress batch = new Progress(System.err)) {
                    batch.step("screening " + file.getFileName());
                    BatchScreening.Result r = BatchScreening.run(screener, parties, out, limit, threshold, batch::update);
                    ScreenReport.batch(spec.commandLine().getOut(), r, out);
                    return r.rejected().isEmpty() ? 0 : 1;
                }
            }
            ScreeningQuery q = ScreeningQuery.of(name, country, type, identifier, limit, threshold);
            List<Match> matches = screener.screen(q);
            if (json) spec.commandLine().getOut().println(MatchJson.result(null, name, matches, true).toPrettyString());
            else ScreenReport.single(spec.commandLine().getOut(), q, matches);
            return 0;
        }
    }
}
