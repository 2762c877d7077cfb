package org.chokepoint.detect.network;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A network file appears whole or not at all. */
class JsonFileTest {
    @TempDir
    Path dir;

    @Test
    void aCompletedFileReplacesTheOldOne() throws IOException {
        Path target = Files.writeString(dir.resolve("x.json"), "old");
        try (JsonFile f = new JsonFile(target)) {
            f.json().writeStartObject();
            f.json().writeNumberField("n", 1);
            f.json().writeEndObject();
            f.complete();
        }
        assertThat(target).hasContent("{\"n\":1}");
        assertThat(dir.resolve("x.json.part")).doesNotExist();
    }

    @Test
    void aWriteThatFailsMidwayLeavesTheOldFileAndNoPart() throws IOException {
        Path target = Files.writeString(dir.resolve("x.json"), "old");
        assertThatThrownBy(() -> {
            try (JsonFile f = new JsonFile(target)) {
                f.json().writeStartObject();
                f.json().writeNumberField("n", 1);
                throw new IllegalStateException("network went wrong");
            }
        }).hasMessage("network went wrong");
        assertThat(target).hasContent("old");
        assertThat(dir.resolve("x.json.part")).doesNotExist();
    }
}
