package org.chokepoint.detect.flags;

import org.chokepoint.trade.record.ShipmentColumn;
import org.chokepoint.detect.wording.GoodsWording;
import org.chokepoint.trade.record.Shipment;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code description_mismatch}: the description of goods of concern does not fit their tariff code. Three
 * strengths: it names goods of another chapter ("toys" under 8806 UAVs: 0.5), it claims a harmless use
 * ("household", "civil", "gift": 0.45), or it says nothing but "spare parts", "equipment", "goods"
 * (0.25). A description that also names goods fitting the code is consistent. Implicates both parties:
 * the seller writes the invoice, the buyer's broker the declaration.
 */
public final class DescriptionMismatchRule implements RecordRule {
    public static final String ID = "description_mismatch";
    private final GoodsWording wording;

    public DescriptionMismatchRule(GoodsWording wording) {
        this.wording = wording;
    }

    @Override
    public RuleInfo info() {
        return new RuleInfo(ID, "Description inconsistent with the tariff code",
                "Goods of concern whose description names other goods (UAVs declared as toys), claims a harmless use (household, civil, gift) or says nothing specific (spare parts, equipment).",
                "Misdescription hides controlled goods from customs and from exporters' screening; BIS and FinCEN report drones declared as toys and machine tools as 'civil' spare parts.",
                "FinCEN-BIS joint alert FIN-2023-Alert004 (May 2023); ../shared/docs/domain.md red flag 9",
                Map.of("other_goods_weight", "0.5", "harmless_use_weight", "0.45", "vague_weight", "0.25"));
    }

    @Override
    public java.util.Set<ShipmentColumn> reads() {
        return java.util.EnumSet.of(ShipmentColumn.HS_CODE, ShipmentColumn.DESCRIPTION);
    }

    @Override
    public RecordFlag check(RecordFacts r) {
        if (!r.goods().ofConcern()) return null;
        Shipment s = r.shipment();
        GoodsWording.Reading read = wording.read(s.description());
        String code = s.hsCode();
        boolean fits = read.named().stream().anyMatch(n -> n.fits(code));
        String goods = ConcernGoods.label(r.goods());
        // Naming harmless goods (toys, furniture, food) for goods of concern is concealment; naming other
        // technical goods ("transceiver" for an IC) is a classification question and raises nothing here.
        if (!fits && read.named().stream().anyMatch(GoodsWording.Named::harmless)) {
            String named = read.named().stream().filter(GoodsWording.Named::harmless).map(GoodsWording.Named::label).collect(Collectors.joining(", "));
            return new RecordFlag(ID, 0.5, Role.BOTH, "Described as '" + s.description() + "' (" + named + "), but declared under " + goods + ".");
        }
        // "Civil CNC lathe" names the right goods and still claims a harmless use: that label is the flag.
        if (read.concealing()) {
            return new RecordFlag(ID, 0.45, Role.BOTH, "Described as '" + s.description() + "', a harmless-use label on " + goods + ".");
        }
        if (!fits && read.named().isEmpty() && read.vague()) {
            return new RecordFlag(ID, 0.25, Role.BOTH, "Described only as '" + s.description() + "' for " + goods + ".");
        }
        return null;
    }
}
