package org.chokepoint.detect;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DetectionResultTest {
    @Test
    void theRunTimeLeavesOutTheStagesThatRanBesideOthers() {
        Map<String, Duration> stages = new LinkedHashMap<>();
        stages.put("resolve parties", Duration.ofMillis(1_500));
        stages.put("screen parties", Duration.ofMillis(3_000));
        // Ran on another thread during "screen parties": its time is already in that stage's.
        stages.put(DetectionResult.BESIDE + "screening: trade table", Duration.ofMillis(900));
        stages.put("rank", Duration.ofMillis(250));
        DetectionResult r = new DetectionResult(Path.of("in.csv"), null, Path.of("out"), 0, 0, 0, Map.of(), List.of(), 0, 0, 0, 0, List.of(), Map.of(), stages);
        assertThat(r.total()).isEqualTo(Duration.ofMillis(4_750));
        assertThat(r.stages()).containsKey("beside screening: trade table");
    }
}
