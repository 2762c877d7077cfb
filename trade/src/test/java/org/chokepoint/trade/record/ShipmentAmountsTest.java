package org.chokepoint.trade.record;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An amount comes out in the canonical form (no trailing zeros after the point) whichever way it was written. */
class ShipmentAmountsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0", "0.50", "007", "1200", "1200.0", "1200.00", "3.5", "3.50", "10.05", "10.050", "164958.84", "100", "1e3", "999999999999999.99", "0000999999999999999", "1000000000000000"})
    void amountsAreCanonical(String amount) {
        String[] values = new String[ShipmentColumn.count()];
        values[ShipmentColumn.RECORD_ID.ordinal()] = "r1";
        values[ShipmentColumn.DATE.ordinal()] = "2023-05-01";
        values[ShipmentColumn.EXPORTER_NAME.ordinal()] = "A";
        values[ShipmentColumn.EXPORTER_COUNTRY.ordinal()] = "DE";
        values[ShipmentColumn.IMPORTER_NAME.ordinal()] = "B";
        values[ShipmentColumn.IMPORTER_COUNTRY.ordinal()] = "FR";
        values[ShipmentColumn.DESTINATION_COUNTRY.ordinal()] = "FR";
        values[ShipmentColumn.HS_CODE.ordinal()] = "854231";
        values[ShipmentColumn.VALUE_USD.ordinal()] = amount;
        values[ShipmentColumn.QUANTITY.ordinal()] = amount;
        ParsedRow row = new ShipmentParser("f.csv").parse(2, values, Map.of());
        if (ShipmentParser.decimalProblem(amount) != null) {
            assertThat(row.ok()).isFalse();
            return;
        }
        BigDecimal expected = ShipmentParser.canonical(new BigDecimal(amount));
        assertThat(row.shipment().valueUsd()).isEqualTo(expected); // BigDecimal.equals compares the scale too
        assertThat(row.shipment().quantity()).isEqualTo(expected);
        assertThat(row.shipment().valueUsd().scale()).isNotNegative();
        assertThat(row.shipment().valueUsd().toPlainString()).doesNotEndWith(".").satisfiesAnyOf(
                s -> assertThat(s).doesNotContain("."), s -> assertThat(s).doesNotEndWith("0"));
    }
}
