package org.chokepoint.trade.record;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The file formats a shipment file may come in; told apart by content (Parquet starts with {@code PAR1}), not by name. */
public enum ShipmentFormat {
    CSV, PARQUET;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The format of a file that starts with these {@code n} bytes: Parquet after {@code PAR1}, else CSV. */
    public static ShipmentFormat ofHead(byte[] head, int n) {
        return n >= 4 && head[0] == 'P' && head[1] == 'A' && head[2] == 'R' && head[3] == '1' ? PARQUET : CSV;
    }

    /** The format of a file, from its first four bytes. */
    public static ShipmentFormat of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return ofHead(head, head.length);
        }
    }
}
