package org.chokepoint.lists.store;

import org.chokepoint.lists.ListLoad;
import org.chokepoint.lists.Rejection;
import org.chokepoint.model.Ownership;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The fingerprint of what a load holds, to tell that a list read again is the list already stored.
 *
 * <p>It covers what is stored from the load: each entity's stored document (names, identifiers, addresses, the raw
 * record, ...), the ownerships, the rejections with their file names and lines, the warnings, the stated publication
 * date and the number of records read. It leaves out where the files came from and when: the same list downloaded
 * again into another folder, or under another file name, is the same content. A reader that parses identical files
 * differently (a newer Chokepoint reading more fields) gives another fingerprint, so its fuller load is stored.
 * Pure; thread-safe.
 */
final class LoadContent {
    /** Changes when what goes into the fingerprint changes, so that old fingerprints never equal new ones by accident. */
    private static final String VERSION = "load-content-1";

    private LoadContent() {}

    /**
     * SHA-256, in hex, of the load's content.
     *
     * @param docs the load's entities as stored ({@link EntityJson#toJson}), in load order
     */
    static String fingerprint(ListLoad load, List<String> docs) {
        MessageDigest sha = sha256();
        field(sha, VERSION);
        field(sha, load.source());
        field(sha, load.published() == null ? "" : load.published().toString());
        field(sha, Long.toString(load.recordsRead()));
        field(sha, Integer.toString(docs.size()));
        for (String d : docs) field(sha, d);
        field(sha, Integer.toString(load.ownerships().size()));
        for (Ownership o : load.ownerships()) {
            field(sha, o.id());
            field(sha, o.ownerId());
            field(sha, o.assetId());
            field(sha, o.percentage() == null ? "" : o.percentage().toString());
            field(sha, o.role());
        }
        field(sha, Integer.toString(load.rejections().size()));
        for (Rejection r : load.rejections()) field(sha, r.toString());
        field(sha, Integer.toString(load.warnings().size()));
        for (String w : load.warnings()) field(sha, w);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A value with its length before it, so that no two sequences of values run together into the same bytes. */
    private static void field(MessageDigest sha, String value) {
        byte[] b = (value == null ? "\u0000null" : value).getBytes(StandardCharsets.UTF_8);
        sha.update((byte) (b.length >>> 24));
        sha.update((byte) (b.length >>> 16));
        sha.update((byte) (b.length >>> 8));
        sha.update((byte) b.length);
        sha.update(b);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
