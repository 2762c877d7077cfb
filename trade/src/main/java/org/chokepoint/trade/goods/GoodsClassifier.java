package org.chokepoint.trade.goods;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Classifies a tariff code: its HS-6 subheading, CHPL tier, concern category and description, with an
 * explanation of each fact. A pure function of the code and the tables it was built with; immutable
 * and thread-safe.
 */
public final class GoodsClassifier {
    private final Chpl chpl;
    private final HsNomenclature nomenclature;

    public GoodsClassifier(Chpl chpl, HsNomenclature nomenclature) {
        this.chpl = chpl;
        this.nomenclature = nomenclature;
    }

    /** The shipped CHPL with the given nomenclature (use {@link HsNomenclature#empty()} for none). */
    public static GoodsClassifier standard(HsNomenclature nomenclature) {
        return new GoodsClassifier(Chpl.standard(), nomenclature);
    }

    /**
     * Classifies a code of 6 to 10 digits.
     *
     * @throws IllegalArgumentException when the code is not 6 to 10 digits (the message says why)
     */
    public GoodsClass classify(String code) {
        return classify(new HsCode(code));
    }

    public GoodsClass classify(HsCode code) {
        String hs6 = code.hs6();
        List<String> why = new ArrayList<>();
        why.add(code.digits().length() == 6 ? "HS-6 subheading " + HsCode.dotted(hs6) + "."
                : "HS-6 subheading " + HsCode.dotted(hs6) + ": the first six digits of the " + code.digits().length()
                        + "-digit national code " + code.digits() + ".");

        String description = null;
        Optional<HsNomenclature.Entry> sub = nomenclature.entry(hs6);
        if (sub.isPresent()) {
            description = sub.get().description();
        } else if (!nomenclature.isEmpty()) {
            Optional<HsNomenclature.Entry> broader = nomenclature.entry(code.hs4()).or(() -> nomenclature.entry(code.chapter()));
            why.add(HsCode.dotted(hs6) + " is not a subheading of HS 2022"
                    + broader.map(e -> "; heading or chapter " + e.code() + ": " + e.description()).orElse("; nor is its heading or chapter") + ".");
            description = broader.map(HsNomenclature.Entry::description).orElse(null);
        }

        Optional<ChplItem> item = chpl.item(hs6);
        ChplTier tier = item.map(ChplItem::tier).orElse(null);
        if (item.isPresent()) {
            if (description == null && !item.get().description().isEmpty()) description = item.get().description();
            why.add("On the Common High Priority List, " + tier.label() + " (" + tier.summary() + "): " + Chpl.VERSION + ".");
        } else {
            why.add("Not on the Common High Priority List (" + Chpl.VERSION + ").");
        }

        ConcernCategory family = ConcernCategory.family(hs6);
        ConcernCategory category = family != null ? family : tier != null ? ConcernCategory.CHPL : ConcernCategory.NONE;
        if (family != null) {
            why.add("Of concern: " + family.meaning() + ".");
        }
        return new GoodsClass(code.digits(), hs6, tier, category, description, why);
    }

    public Chpl chpl() {
        return chpl;
    }

    public HsNomenclature nomenclature() {
        return nomenclature;
    }
}
