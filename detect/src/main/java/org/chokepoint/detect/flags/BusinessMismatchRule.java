package org.chokepoint.detect.flags;

import org.chokepoint.trade.record.ShipmentColumn;
import org.chokepoint.detect.party.NameFacts;
import org.chokepoint.detect.wording.LinesOfBusiness;
import org.chokepoint.trade.record.Shipment;

import java.util.Map;

/**
 * {@code business_mismatch}: a party whose name declares a line of business (furniture, textiles, food,
 * cosmetics, construction, travel...) buys or sells goods of concern that line does not deal in. A name
 * that declares nothing raises nothing; a name that declares a fitting line too ("Furniture &amp;
 * Electronics") raises nothing either.
 */
public final class BusinessMismatchRule implements RecordRule {
    public static final String ID = "business_mismatch";

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "Line of business inconsistent with the goods",
                "A party whose name declares a line of business (furniture, textiles, food, cosmetics, construction, travel...) trades goods of concern outside it.",
                "Front companies are often set up or repurposed from unrelated trades; a furniture trader buying FPGAs is a FinCEN-BIS red flag.",
                "FinCEN-BIS joint alerts 2022/2023 (red flag: 'line of business inconsistent with the goods')", Map.of());
    }

    @Override
    public java.util.Set<ShipmentColumn> reads() {
        return java.util.EnumSet.of(ShipmentColumn.HS_CODE, ShipmentColumn.IMPORTER_NAME, ShipmentColumn.EXPORTER_NAME);
    }

    @Override
    public RecordFlag check(RecordFacts r) {
        if (!r.goods().ofConcern()) return null;
        Shipment s = r.shipment();
        int roles = 0;
        String detail = null;
        String who = mismatch(r.importer(), s.hsCode());
        if (who != null) {
            roles |= Role.IMPORTER.bit();
            detail = "Buyer '" + s.importerName() + "' declares " + who;
        }
        who = mismatch(r.exporter(), s.hsCode());
        if (who != null) {
            roles |= Role.EXPORTER.bit();
            detail = (detail == null ? "Seller '" : detail + "; seller '") + s.exporterName() + "' declares " + who;
        }
        if (roles == 0) return null;
        return new RecordFlag(ID, 0.4, roles, detail + ", yet trades " + ConcernGoods.label(r.goods()) + ".");
    }

    private static String mismatch(NameFacts f, String hsCode) {
        if (f.lines().isEmpty()) return null;
        for (LinesOfBusiness.Line l : f.lines()) if (l.deals(hsCode)) return null;
        return "a " + f.lines().getFirst().label() + " business";
    }
}
