package org.chokepoint.server.rescreen;

import org.chokepoint.lists.Rejection;

import java.util.List;

/**
 * What one register upload did: {@code read = stored + rejected}.
 *
 * @param rejections every rejected row with line, field and reason (at most one per row), in file order
 * @param rescreen   what screening the register (and the findings' parties) found right after, or null
 */
public record RegisterUpload(long read, long stored, long rejected, List<Rejection> rejections, RescreenReport rescreen) {
    public RegisterUpload {
        rejections = List.copyOf(rejections);
    }

}
