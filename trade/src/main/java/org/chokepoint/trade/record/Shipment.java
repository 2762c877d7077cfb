package org.chokepoint.trade.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One customs declaration line, as {@code formats.md} §1 defines it, validated and typed. Optional
 * fields are null when absent (an empty cell). Country codes are ISO 3166-1 alpha-2, upper case.
 * Amounts are exact as declared, without trailing zeros after the point ({@code 3.50} is {@code 3.5}).
 *
 * @param hsCode the national tariff code, 6 to 10 digits; its first six are the HS subheading
 * @param extras columns of the file that the format does not define, by header name, kept but not used
 */
public record Shipment(
        String recordId, LocalDate date,
        String exporterName, String exporterCountry, String exporterAddress, String exporterId,
        String importerName, String importerCountry, String importerAddress, String importerId,
        String manufacturer, String originCountry, String dispatchCountry, String destinationCountry,
        String hsCode, String description, BigDecimal quantity, String unit, BigDecimal netWeightKg, BigDecimal valueUsd,
        TransportMode transportMode, String carrier, String vesselImo,
        Map<String, String> extras) {

    public Shipment {
        extras = extras == null || extras.isEmpty() ? Map.of() : Map.copyOf(extras);
    }

    /** The HS-6 subheading: the first six digits of the tariff code. */
    public String hs6() {
        return hsCode.substring(0, 6);
    }
}
