package org.chokepoint.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad list files: each gets a clear message (file, line, reason), a non-zero exit when the file is
 * unusable, and leaves the store exactly as it was.
 */
class BadInputIT {
    private static final String GOOD = """
            1,"GOOD TRADING LLC",-0- ,"RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Tax ID No. 7702070139 (Russia)."\r
            2,"SECOND COMPANY",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-\r
            3,"THIRD COMPANY",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-\r
            """;

    @TempDir
    Path data;
    @TempDir
    Path files;

    @BeforeEach
    void loadAGoodList() throws Exception {
        write("good/ofac/sdn.csv", GOOD.getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of("--data", data.toString(), "lists", "update", "--from", files.resolve("good").toString());
        assertThat(run.exit()).as(run.toString()).isZero();
    }

    private void write(String path, byte[] bytes) throws Exception {
        Path p = files.resolve(path);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    private CliRun update(String folder) {
        return CliRun.of("--data", data.toString(), "lists", "update", "--from", files.resolve(folder).toString());
    }

    private void storeUnchanged() {
        CliRun status = CliRun.of("--data", data.toString(), "lists", "status", "--all");
        assertThat(status.out()).containsPattern("ofac-sdn\\s+1\\s+yes").doesNotContainPattern("ofac-sdn\\s+2\\s");
        CliRun entity = CliRun.of("--data", data.toString(), "entity", "ofac-sdn:1");
        assertThat(entity.out()).contains("GOOD TRADING LLC");
    }

    @Test
    void invalidUtf8() throws Exception {
        byte[] good = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 2];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xC3; // a lead byte followed by a non-continuation byte
        bad[good.length + 1] = (byte) 0x28;
        write("bad/ofac/sdn.csv", bad);
        CliRun run = update("bad");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("ofac-sdn: FAILED: sdn.csv:4: invalid UTF-8 (byte 0xc3");
        storeUnchanged();
    }

    @Test
    void emptyFile() throws Exception {
        write("bad/ofac/sdn.csv", new byte[0]);
        CliRun run = update("bad");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("ofac-sdn: FAILED: sdn.csv: the file is empty");
        storeUnchanged();
    }

    @Test
    void binaryFile() throws Exception {
        byte[] b = new byte[4096];
        new java.util.Random(7).nextBytes(b);
        b[0] = '1'; b[1] = ','; b[2] = '"'; b[100] = 0;
        write("bad/ofac/sdn.csv", b);
        CliRun run = update("bad");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).containsPattern("ofac-sdn: FAILED: sdn.csv:\\d+: binary content \\(a NUL byte at offset \\d+\\)");
        storeUnchanged();
    }

    @Test
    void rowWithTheWrongNumberOfFieldsIsRejectedNotFatal() throws Exception {
        write("next/ofac/sdn.csv", (GOOD + "4,\"SHORT\",-0- ,\"SDGT\"\r\n").getBytes(StandardCharsets.UTF_8));
        CliRun run = update("next");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("ofac-sdn\\s+stored\\s+3\\s+\\S+\\s+\\S+\\s+4\\s+3\\s+1")
                .contains("ofac-sdn: rejected sdn.csv:4: expected 12 fields, found 4");
    }

    @Test
    void aTruncatedDownloadIsRefusedAsTooSmall() throws Exception {
        write("small/ofac/sdn.csv", GOOD.lines().limit(1).map(l -> l + "\n").reduce("", String::concat).getBytes(StandardCharsets.UTF_8));
        CliRun run = update("small");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("fewer than 50% of the current snapshot's 3");
        storeUnchanged();
    }

    @Test
    void aFolderWithNoListSaysSo() throws Exception {
        write("none/readme.txt", "nothing here".getBytes(StandardCharsets.UTF_8));
        CliRun run = update("none");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no list found under");
        storeUnchanged();
    }

    private static final String UN_HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z">
              <INDIVIDUALS/>
              <ENTITIES>
                <ENTITY>
                  <DATAID>1</DATAID>
                  <FIRST_NAME>KOREA MINING DEVELOPMENT TRADING CORPORATION</FIRST_NAME>
                  <UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
                  <REFERENCE_NUMBER>KPe.001</REFERENCE_NUMBER>
            """;

    @Test
    void truncatedXml() throws Exception {
        write("bad/un/consolidated.xml", (UN_HEAD + "      <LISTED_ON>2009-04-2").getBytes(StandardCharsets.UTF_8));
        CliRun run = update("bad");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).containsPattern("un-sc: FAILED: consolidated.xml:1\\d: truncated or malformed XML");
        storeUnchanged();
        assertThat(CliRun.of("--data", data.toString(), "lists", "status").out()).doesNotContain("un-sc");
    }

    @Test
    void xmlWithAnExternalEntityIsNotResolved() throws Exception {
        Path secret = files.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + UN_HEAD.substring(UN_HEAD.indexOf("<CONSOLIDATED_LIST")).replace("KOREA MINING DEVELOPMENT TRADING CORPORATION", "&x;")
                + "      </ENTITY>\n  </ENTITIES>\n</CONSOLIDATED_LIST>\n";
        write("bad/un/consolidated.xml", xml.getBytes(StandardCharsets.UTF_8));
        CliRun run = update("bad");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out() + run.err()).contains("un-sc: FAILED: consolidated.xml").doesNotContain("TOP-SECRET-CONTENT");
        storeUnchanged();
    }
}
