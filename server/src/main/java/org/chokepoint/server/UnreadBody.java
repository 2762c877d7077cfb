package org.chokepoint.server;

import java.io.IOException;
import java.io.InputStream;

/**
 * The body of a request answered before its handler read it (refused by the guard, or for a bad parameter). A server
 * that answers and closes with bytes still unread resets the connection under a client still sending, and the client
 * then sees no answer at all, only the reset. So such a body is read and dropped, up to a bound, before the answer.
 */
public final class UnreadBody {
    private UnreadBody() {}

    /**
     * Reads and drops at most {@code limit} bytes of {@code in}.
     *
     * @return whether the body ended within the limit (false: the rest is unread, and the connection must be closed)
     */
    public static boolean drain(InputStream in, long limit) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long left = limit;
        for (int n; left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0; ) left -= n;
        return left > 0 || in.read() < 0;
    }
}
