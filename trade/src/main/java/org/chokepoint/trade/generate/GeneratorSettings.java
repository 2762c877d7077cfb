package org.chokepoint.trade.generate;

import java.time.LocalDate;

/**
 * What to generate.
 *
 * @param records how many declaration lines, at least 1,000 (a smaller scenario cannot hold every pattern)
 * @param seed    the seed: the same seed, lists and settings give byte-identical files
 * @param start   first date, on or before 2022-01-01 so that trade before the invasion exists
 * @param end     last date, at least a year after 24 February 2022
 */
public record GeneratorSettings(long records, long seed, LocalDate start, LocalDate end) {
    public static final LocalDate DEFAULT_START = LocalDate.of(2021, 1, 1);
    public static final LocalDate DEFAULT_END = LocalDate.of(2024, 12, 31);

    public GeneratorSettings {
        if (records < 1_000) throw new IllegalArgumentException("--records must be at least 1000 (got " + records + ")");
        if (records > 1_000_000_000L) throw new IllegalArgumentException("--records must be at most 1,000,000,000 (got " + records + ")");
        if (start == null || end == null) throw new IllegalArgumentException("start and end dates are required");
        if (start.isAfter(LocalDate.of(2022, 1, 1)))
            throw new IllegalArgumentException("--start must be on or before 2022-01-01, so that trade before the invasion of 24 February 2022 exists (got " + start + ")");
        if (end.isBefore(LocalDate.of(2023, 3, 1)))
            throw new IllegalArgumentException("--end must be on or after 2023-03-01, a year after the invasion (got " + end + ")");
    }
}
