package org.chokepoint.detect.flags;

import org.chokepoint.detect.party.NameFacts;
import org.chokepoint.detect.watchlist.ListedHit;
import org.chokepoint.detect.wording.LinesOfBusiness;
import org.chokepoint.trade.goods.GoodsClassifier;
import org.chokepoint.trade.goods.HsNomenclature;
import org.chokepoint.trade.record.Shipment;
import org.chokepoint.trade.record.TransportMode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** Declaration lines for rule tests: a plain one, changed field by field. */
final class Records {
    static final GoodsClassifier GOODS = GoodsClassifier.standard(HsNomenclature.empty());

    private Records() {}

    record Line(String exporter, String exporterCc, String importer, String importerCc, String origin, String dispatch, String dest,
                String hs, String description, LocalDate date, ListedHit carrier) {
        Line exporter(String name, String cc) { return new Line(name, cc, importer, importerCc, origin, dispatch, dest, hs, description, date, carrier); }
        Line importer(String name, String cc) { return new Line(exporter, exporterCc, name, cc, origin, dispatch, dest, hs, description, date, carrier); }
        Line origin(String cc) { return new Line(exporter, exporterCc, importer, importerCc, cc, dispatch, dest, hs, description, date, carrier); }
        Line dispatch(String cc) { return new Line(exporter, exporterCc, importer, importerCc, origin, cc, dest, hs, description, date, carrier); }
        Line dest(String cc) { return new Line(exporter, exporterCc, importer, importerCc, origin, dispatch, cc, hs, description, date, carrier); }
        Line hs(String code) { return new Line(exporter, exporterCc, importer, importerCc, origin, dispatch, dest, code, description, date, carrier); }
        Line description(String d) { return new Line(exporter, exporterCc, importer, importerCc, origin, dispatch, dest, hs, d, date, carrier); }
        Line date(String iso) { return new Line(exporter, exporterCc, importer, importerCc, origin, dispatch, dest, hs, description, LocalDate.parse(iso), carrier); }
        Line carrier(ListedHit h) { return new Line(exporter, exporterCc, importer, importerCc, origin, dispatch, dest, hs, description, date, h); }

        RecordFacts facts() {
            Shipment s = new Shipment("r1", date, exporter, exporterCc, null, null, importer, importerCc, null, null, null, origin, dispatch, dest,
                    hs, description, new BigDecimal("10"), "pcs", new BigDecimal("2"), new BigDecimal("25000"), TransportMode.AIR, null, null, Map.of());
            LinesOfBusiness v = LinesOfBusiness.standard();
            return new RecordFacts(s, GOODS.classify(hs), NameFacts.of(exporter, v), NameFacts.of(importer, v), carrier, null);
        }
    }

    /** Integrated circuits from a German distributor to a Hong Kong trader in 2023, plainly described. */
    static Line plain() {
        return new Line("Elektronik Vertrieb GmbH", "DE", "Bright Star Trading Ltd", "HK", "US", null, "HK", "854231",
                "integrated circuits, microcontrollers", LocalDate.of(2023, 5, 2), null);
    }
}
