package org.chokepoint.cli.command;

import org.chokepoint.cli.DataDirOption;
import org.chokepoint.cli.output.GoodsReport;
import org.chokepoint.trade.goods.GoodsClass;
import org.chokepoint.trade.goods.GoodsClassifier;
import org.chokepoint.trade.goods.HsCode;
import org.chokepoint.trade.goods.HsNomenclature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "goods", mixinStandardHelpOptions = true,
        description = {"Classify tariff codes: HS-6 subheading, CHPL tier, goods-of-concern category and description, each fact explained.",
                "Descriptions come from the HS 2022 nomenclature CSV: --hs FILE, else DATA/hs/harmonized-system.csv, else ../shared/data/hs/harmonized-system.csv."})
public final class GoodsCommand implements Callable<Integer> {
    @Mixin
    private DataDirOption data;

    @Parameters(arity = "1..*", paramLabel = "HSCODE", description = "tariff codes of 6 to 10 digits (dots and blanks allowed: 8542.31.00)")
    private List<String> codes;

    @Option(names = "--hs", paramLabel = "FILE", description = "the HS nomenclature CSV (datasets/harmonized-system layout)")
    private Path hs;

    @Option(names = "--json", description = "one JSON object per code")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        if (hs != null && !Files.isRegularFile(hs)) {
            err.println("error: --hs " + hs + ": no such file");
            return 2;
        }
        List<Path> candidates = hs != null ? List.of(hs)
                : List.of(data.dir().resolve("hs").resolve("harmonized-system.csv"), HsNomenclature.SHARED_FILE.toAbsolutePath().normalize());
        HsNomenclature nomenclature = HsNomenclature.firstExisting(candidates);
        GoodsClassifier classifier = GoodsClassifier.standard(nomenclature);
        List<GoodsClass> classes = new ArrayList<>();
        for (String c : codes) {
            try {
                classes.add(classifier.classify(HsCode.parseLenient(c)));
            } catch (IllegalArgumentException e) {
                err.println("error: " + c + ": " + e.getMessage());
                return 2;
            }
        }
        if (json) GoodsReport.json(spec.commandLine().getOut(), classes);
        else GoodsReport.text(spec.commandLine().getOut(), classes, nomenclature, candidates);
        return 0;
    }
}
