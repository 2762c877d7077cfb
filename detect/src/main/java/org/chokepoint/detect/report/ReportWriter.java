package org.chokepoint.detect.report;

import org.chokepoint.detect.RankedParty;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes report.html: one self-contained page (no external resources) a person reads. */
public final class ReportWriter {
    private ReportWriter() {}

    public static void write(Path file, ReportData data) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<!doctype html><html><head><meta charset=\"utf-8\"><title>Chokepoint findings</title></head><body><h1>Chokepoint findings</h1><ol>");
            for (RankedParty p : data.top()) w.write("<li>" + Html.escape(p.party().name()) + " — " + Html.escape(p.explanation()) + "</li>");
            w.write("</ol></body></html>\n");
        }
    }
}
