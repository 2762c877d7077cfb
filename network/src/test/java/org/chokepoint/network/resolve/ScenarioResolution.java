package org.chokepoint.network.resolve;

import org.chokepoint.text.NameNormalizer;
import org.chokepoint.text.TokenWeights;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A resolution-only harness on a generated scenario (a folder with {@code shipments.csv} and
 * {@code truth_parties.csv}): resolves the exporter and importer mentions as {@code detect} does (one
 * mention per name, country and identifier, with its most used address), scores the partition against the
 * truth (pairwise and B-cubed, over record mentions) and, with {@code --why}, lists the split pairs of
 * spellings by the reason they were not joined (never proposed by blocking, no merge decided, a
 * cannot-link, refused by the clustering constraints) and the false merges.
 *
 * <pre>java -cp ... org.chokepoint.network.resolve.ScenarioResolution /tmp/g-100000-11 [--why N | --block N]</pre>
 *
 * A development tool in test scope, not a test: it reads files outside the repository.
 */
public final class ScenarioResolution {
    private ScenarioResolution() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        boolean why = args.length > 1 && args[1].equals("--why");
        int show = why && args.length > 2 ? Integer.parseInt(args[2]) : 8;
        // --block N: another maxBlockSize, to measure its effect.
        int block = args.length > 2 && args[1].equals("--block") ? Integer.parseInt(args[2]) : ResolutionSettings.DEFAULTS.maxBlockSize();

        // record id -> {exporter mention, importer mention}
        Map<List<String>, Integer> groupOf = new HashMap<>();
        List<String[]> groups = new ArrayList<>(); // name, country, id, best address
        List<Map<String, Integer>> addressCounts = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        Map<String, int[]> mentionOfRecord = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("shipments.csv"), StandardCharsets.UTF_8)) {
            List<String> header = parse(in);
            int rid = header.indexOf("record_id");
            String[] roles = {"exporter", "importer"};
            int[][] col = new int[2][4];
            for (int r = 0; r < 2; r++) {
                col[r][0] = header.indexOf(roles[r] + "_name");
                col[r][1] = header.indexOf(roles[r] + "_country");
                col[r][2] = header.indexOf(roles[r] + "_id");
                col[r][3] = header.indexOf(roles[r] + "_address");
            }
            List<String> row;
            while ((row = parse(in)) != null) {
                int[] ms = new int[2];
                for (int r = 0; r < 2; r++) {
                    String name = row.get(col[r][0]).strip(), country = row.get(col[r][1]).strip(), id = blank(row.get(col[r][2]));
                    String address = blank(row.get(col[r][3]));
                    List<String> key = Arrays.asList(name, country, id);
                    Integer g = groupOf.get(key);
                    if (g == null) {
                        g = groups.size();
                        groupOf.put(key, g);
                        groups.add(new String[] {name, country, id, null});
                        addressCounts.add(new HashMap<>());
                        counts.add(0L);
                    }
                    counts.set(g, counts.get(g) + 1);
                    if (address != null) addressCounts.get(g).merge(address, 1, Integer::sum);
                    ms[r] = g;
                }
                mentionOfRecord.put(row.get(rid).strip(), ms);
            }
        }
        List<PartyMention> mentions = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            String address = addressCounts.get(g).entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElse(null);
            String[] m = groups.get(g);
            mentions.add(new PartyMention(m[0], m[1], m[2], address, counts.get(g)));
        }

        // Items: (record, role) with predicted = party of its mention, truth = party id.
        List<Integer> itemMention = new ArrayList<>();
        List<Integer> itemTruth = new ArrayList<>();
        Map<String, Integer> truthIds = new HashMap<>();
        List<String> truthNames = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("truth_parties.csv"), StandardCharsets.UTF_8)) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",");
                int[] ms = mentionOfRecord.get(f[0]);
                itemMention.add(ms[f[1].equals("exporter") ? 0 : 1]);
                itemTruth.add(truthIds.computeIfAbsent(f[2], x -> {
                    truthNames.add(x);
                    return truthIds.size();
                }));
            }
        }

        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long cpu0 = totalCpu(), wall0 = System.nanoTime();
        ResolutionSettings d = ResolutionSettings.DEFAULTS;
        PartyResolver resolver = new PartyResolver(new ResolutionSettings(d.nameThreshold(), d.identifierNameFloor(), d.addressBonus(),
                d.addressMatch(), d.cannotLinkScore(), block, d.minCorpusForWeights()), NameNormalizer.standard());
        Resolution r = resolver.resolve(mentions);
        long wall = System.nanoTime() - wall0, cpu = totalCpu() - cpu0;
        int[] partyOf = r.partyOf();
        int n = itemMention.size();
        int[] pred = new int[n], truth = new int[n];
        for (int i = 0; i < n; i++) {
            pred[i] = partyOf[itemMention.get(i)];
            truth[i] = itemTruth.get(i);
        }
        System.out.printf(Locale.ROOT, "%s: %d items, %d mentions, %d parties; resolve wall %.1f s, process cpu %.1f s%n",
                dir.getFileName(), n, mentions.size(), r.parties().size(), wall / 1e9, cpu / 1e9);
        score(pred, truth);
        if (!why) return;

        // Majority truth per mention.
        Map<Integer, Map<Integer, Integer>> truthOfMention = new HashMap<>();
        for (int i = 0; i < n; i++) truthOfMention.computeIfAbsent(itemMention.get(i), x -> new HashMap<>()).merge(truth[i], 1, Integer::sum);
        int[] mTruth = new int[mentions.size()];
        Arrays.fill(mTruth, -1);
        long[] mItems = new long[mentions.size()];
        for (var e : truthOfMention.entrySet()) {
            mTruth[e.getKey()] = e.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            mItems[e.getKey()] = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
        }
        List<PreparedMention> prepared = new ArrayList<>();
        NameNormalizer normalizer = NameNormalizer.standard();
        for (int i = 0; i < mentions.size(); i++) prepared.add(PreparedMention.of(i, mentions.get(i), normalizer));
        TokenWeights tw = TokenWeights.build(prepared.stream().map(p -> p.name().tokens()).toList());
        SpellingWeights weights = new SpellingWeights(tw, prepared);
        PairDecision decision = new PairDecision(weights, resolver.settings());
        Map<String, Integer> blockSize = new HashMap<>();
        List<Set<String>> keys = new ArrayList<>();
        for (PreparedMention p : prepared) {
            Set<String> k = Blocking.keys(p);
            keys.add(k);
            for (String key : k) blockSize.merge(key, 1, Integer::sum);
        }

        // Split pairs: mentions of one true party in different predicted parties; one pair per two predicted parties.
        Map<Integer, List<Integer>> byTruth = new TreeMap<>();
        for (int m = 0; m < mentions.size(); m++) if (mTruth[m] >= 0) byTruth.computeIfAbsent(mTruth[m], x -> new ArrayList<>()).add(m);
        Map<String, Long> weightOf = new TreeMap<>();
        Map<String, List<String>> examples = new LinkedHashMap<>();
        for (List<Integer> ms : byTruth.values()) {
            for (int x = 0; x < ms.size(); x++) {
                for (int y = x + 1; y < ms.size(); y++) {
                    int a = ms.get(x), b = ms.get(y);
                    if (partyOf[a] == partyOf[b]) continue;
                    String reason = reason(prepared.get(a), prepared.get(b), keys, blockSize, decision, weights, resolver.settings().maxBlockSize());
                    if (reason.startsWith("merge decided")) reason += refusal(a, b, partyOf, prepared, decision);
                    weightOf.merge(reason, mItems[a] * mItems[b], Long::sum);
                    List<String> ex = examples.computeIfAbsent(reason, k -> new ArrayList<>());
                    if (ex.size() < show) ex.add(describe(mentions.get(a)) + "  |  " + describe(mentions.get(b)));
                }
            }
        }
        System.out.println("\nSplit item pairs by reason:");
        weightOf.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e -> {
            System.out.printf(Locale.ROOT, "%12d  %s%n", e.getValue(), e.getKey());
            for (String ex : examples.get(e.getKey())) System.out.println("              " + ex);
        });

        // False merges: evidence links joining mentions of different true parties.
        System.out.println("\nFalse merge links (evidence joining different true parties):");
        int shown = 0;
        Map<String, Long> fmBasis = new TreeMap<>();
        for (ResolvedParty p : r.parties()) {
            for (MergeEvidence e : p.evidence()) {
                if (mTruth[e.first()] >= 0 && mTruth[e.second()] >= 0 && mTruth[e.first()] != mTruth[e.second()]) {
                    fmBasis.merge(e.basis(), mItems[e.first()] * mItems[e.second()], Long::sum);
                    if (shown++ < show * 4) System.out.printf(Locale.ROOT, "  %s  |  %s  (%s %.2f)%n", describe(mentions.get(e.first())),
                            describe(mentions.get(e.second())), e.basis(), e.score());
                }
            }
        }
        System.out.println("  by basis (item pairs): " + fmBasis);
    }

    /** Why the clusters of a and b could not join: a register conflict, or a cannot-link pair between them (one shown). */
    private static String refusal(int a, int b, int[] partyOf, List<PreparedMention> prepared, PairDecision decision) {
        List<Integer> ca = new ArrayList<>(), cb = new ArrayList<>();
        for (int i = 0; i < partyOf.length; i++) {
            if (partyOf[i] == partyOf[a]) ca.add(i);
            if (partyOf[i] == partyOf[b]) cb.add(i);
        }
        for (int x : ca) for (int y : cb) for (DeclaredIdentifier p : prepared.get(x).identifiers()) for (DeclaredIdentifier q : prepared.get(y).identifiers())
            if (p.conflictsWith(q)) return ": register conflict " + p.key() + " vs " + q.key();
        if ((long) ca.size() * cb.size() > 4000) return ": clusters too big to check";
        for (int x : ca) for (int y : cb) {
            PreparedMention px = prepared.get(x), py = prepared.get(y);
            if (!px.country().equals(py.country())) continue;
            if (decision.decide(px, py).kind() == PairDecision.Kind.CANNOT_LINK) {
                return ": cannot-link  " + describe(px.mention()) + " ~ " + describe(py.mention()) + (LegalFormFamily.conflict(px.formFamilies(), py.formFamilies()) ? " (forms " + px.formFamilies() + "/" + py.formFamilies() + ")" : "");
            }
        }
        return ": no direct constraint found (order)";
    }

    private static long totalCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String reason(PreparedMention a, PreparedMention b, List<Set<String>> keys, Map<String, Integer> blockSize,
                                 PairDecision decision, SpellingWeights weights, int maxBlock) {
        if (!a.country().equals(b.country())) return "country differs";
        Set<String> shared = new HashSet<>(keys.get(a.index()));
        shared.retainAll(keys.get(b.index()));
        boolean proposed = shared.stream().anyMatch(k -> blockSize.get(k) <= maxBlock);
        PreparedMention x = a.sortKey().compareTo(b.sortKey()) <= 0 ? a : b, y = x == a ? b : a;
        PairDecision.Verdict v = decision.decide(x, y);
        NameComparison c = NameComparison.compare(x, y, weights);
        String detail = c.strongLeft() > 0 ? "distinctive leftover" : c.differentWords() ? "both sides leftover" : c.score() < 0.85 ? "score<0.85" : "ok-name";
        if (!proposed) return (shared.isEmpty() ? "not proposed (no key)" : "not proposed (block too big)") + " / would be " + v.kind() + " " + detail;
        return switch (v.kind()) {
            case MERGE -> "merge decided, refused by constraints";
            case CANNOT_LINK -> "cannot-link: " + detail;
            case NONE -> "no merge: " + detail;
        };
    }

    private static String describe(PartyMention m) {
        return m.name() + " [" + m.country() + (m.identifier() == null ? "" : " " + m.identifier()) + "]";
    }

    private static void score(int[] pred, int[] truth) {
        Map<Long, Long> cell = new HashMap<>();
        Map<Integer, Long> p = new HashMap<>(), t = new HashMap<>();
        for (int i = 0; i < pred.length; i++) {
            cell.merge(((long) pred[i] << 32) | (truth[i] & 0xffffffffL), 1L, Long::sum);
            p.merge(pred[i], 1L, Long::sum);
            t.merge(truth[i], 1L, Long::sum);
        }
        double tp = 0, pp = 0, tt = 0;
        for (long c : cell.values()) tp += c * (c - 1) / 2.0;
        for (long c : p.values()) pp += c * (c - 1) / 2.0;
        for (long c : t.values()) tt += c * (c - 1) / 2.0;
        double bp = 0, br = 0;
        for (var e : cell.entrySet()) {
            long c = e.getValue();
            int pr = (int) (e.getKey() >> 32), tr = (int) (long) e.getKey();
            bp += (double) c * c / p.get(pr);
            br += (double) c * c / t.get(tr);
        }
        bp /= pred.length;
        br /= pred.length;
        double P = tp / pp, R = tp / tt;
        System.out.printf(Locale.ROOT, "pairwise  P %.3f R %.3f F1 %.3f%nB-cubed   P %.3f R %.3f F1 %.3f%n", P, R, 2 * P * R / (P + R), bp, br,
                2 * bp * br / (bp + br));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** One CSV record (RFC 4180, quoted fields may hold newlines), or null at the end. */
    private static List<String> parse(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line == null) return null;
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        while (true) {
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted) {
                    if (ch == '"') {
                        if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                            f.append('"');
                            i++;
                        } else quoted = false;
                    } else f.append(ch);
                } else if (ch == '"') quoted = true;
                else if (ch == ',') {
                    out.add(f.toString());
                    f.setLength(0);
                } else f.append(ch);
            }
            if (!quoted) break;
            f.append('\n');
            line = in.readLine();
            if (line == null) break;
        }
        out.add(f.toString());
        return out;
    }
}
