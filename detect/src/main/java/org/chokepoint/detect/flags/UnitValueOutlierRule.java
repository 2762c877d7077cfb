package org.chokepoint.detect.flags;

import java.util.Map;

/**
 * {@code unit_value_outlier}: goods of concern priced far above the market: the unit value (value per
 * declared unit, else per kilogram) at least {@code factor} times the median of the same HS-6 subheading
 * and unit in the dataset, where that median rests on at least {@code minPeers} records. Diverted goods
 * pass through several intermediaries who each take a margin, and buyers desperate for controlled goods
 * pay premiums. Implicates both parties.
 */
public final class UnitValueOutlierRule implements DatasetRule {
    public static final String ID = "unit_value_outlier";
    private final double factor;
    private final int minPeers;

    public UnitValueOutlierRule(double factor, int minPeers) {
        this.factor = factor;
        this.minPeers = minPeers;
    }

    public UnitValueOutlierRule() {
        this(4.0, 20);
    }

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "Unit value far above the HS-6 norm",
                "Goods of concern whose unit value is at least " + factor + " times the median unit value of the same HS-6 subheading and unit in the dataset.",
                "Prices far above market are a FinCEN-BIS red flag: intermediaries in a diversion chain add margins, and the end user pays a premium for scarce controlled goods.",
                "FinCEN-BIS joint alert FIN-2023-Alert004 (May 2023); ../shared/docs/domain.md red flag 8",
                Map.of("factor", Double.toString(factor), "min_peers", Integer.toString(minPeers)));
    }

    @Override
    public boolean readsParties() {
        return false;
    }

    @Override
    public String marks(TradeTables t) {
        return """
                WITH u AS (
                  SELECT idx, seller, buyer, hs6,
                         CASE WHEN qty > 0 THEN coalesce(unit, '') ELSE 'kg' END AS basis,
                         CASE WHEN qty > 0 THEN value / qty ELSE value / kg END AS uv
                  FROM trade WHERE concern AND value > 0 AND (qty > 0 OR kg > 0)),
                norm AS (SELECT hs6, basis, median(uv) AS med, count(*) AS n FROM u GROUP BY hs6, basis HAVING count(*) >= %d),
                hit AS (SELECT u.*, norm.med FROM u JOIN norm USING (hs6, basis) WHERE u.uv >= %s * norm.med)
                SELECT idx, unnest([seller, buyer]) AS party, 0.35 AS weight,
                       'Unit value ' || printf('%%.2f', uv) || ' USD per ' || CASE WHEN basis = '' THEN 'unit' ELSE basis END || ' is '
                       || printf('%%.1f', uv / med) || ' times the median of HS ' || hs6 || ' (' || printf('%%.2f', med) || ').' AS detail
                FROM hit
                """.formatted(minPeers, Double.toString(factor));
    }
}
