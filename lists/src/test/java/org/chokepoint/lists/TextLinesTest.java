package org.chokepoint.lists;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextLinesTest {

    private static List<String> lines(Path p) throws Exception {
        List<String> out = new ArrayList<>();
        try (TextLines t = TextLines.open(p)) {
            for (String s = t.next(); s != null; s = t.next()) out.add(s);
        }
        return out;
    }

    @Test
    void bomCrLfAndEndOfFileByteAreStripped(@TempDir Path dir) throws Exception {
        byte[] body = "\uFEFFfirst\r\nsecond \u00e9\nthird\n\u001A".getBytes(StandardCharsets.UTF_8);
        Path p = Files.write(dir.resolve("a.jsonl"), body);
        assertThat(lines(p)).containsExactly("first", "second \u00e9", "third", "");
    }

    @Test
    void aLastLineWithoutLineBreakAndLongLines(@TempDir Path dir) throws Exception {
        String longLine = "x".repeat(200_000);
        Path p = Files.writeString(dir.resolve("b.jsonl"), "a\n" + longLine + "\nlast");
        assertThat(lines(p)).containsExactly("a", longLine, "last");
    }

    @Test
    void checksumMatchesTheWholeFileEvenWhenNotAllIsRead(@TempDir Path dir) throws Exception {
        Path p = Files.writeString(dir.resolve("c.jsonl"), "one\ntwo\nthree\n".repeat(30_000));
        try (TextLines t = TextLines.open(p)) {
            assertThat(t.next()).isEqualTo("one");
            assertThat(t.source()).isEqualTo(TextFile.describe(p));
        }
    }

    @Test
    void unusableFilesAreReportedWithTheirLine(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.jsonl"), new byte[0]);
        assertThatThrownBy(() -> lines(empty)).isInstanceOf(ListFormatException.class).hasMessage("empty.jsonl: the file is empty");
        Path blank = Files.writeString(dir.resolve("blank.jsonl"), " \n\n");
        assertThatThrownBy(() -> lines(blank)).isInstanceOf(ListFormatException.class).hasMessageContaining("the file is empty");
        Path nul = Files.write(dir.resolve("nul.jsonl"), new byte[] {'o', 'k', '\n', 'a', 0, 'b'});
        assertThatThrownBy(() -> lines(nul)).isInstanceOf(ListFormatException.class).hasMessageStartingWith("nul.jsonl:2: binary content");
        Path bad = Files.write(dir.resolve("bad.jsonl"), new byte[] {'o', 'k', '\n', 'o', 'k', '\n', 'M', (byte) 0xFC, 'l', '\n'});
        assertThatThrownBy(() -> lines(bad)).isInstanceOf(ListFormatException.class).hasMessage("bad.jsonl:3: invalid UTF-8 (byte 0xfc)");
        assertThatThrownBy(() -> lines(dir.resolve("none.jsonl"))).isInstanceOf(ListFormatException.class).hasMessageContaining("file not found");
    }
}
