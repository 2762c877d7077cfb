package org.chokepoint.server.auth;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Password hashes with PBKDF2-HMAC-SHA256 from the JDK, 600,000 iterations (OWASP's 2023 figure for
 * this function), a 16-byte random salt and a 32-byte key, stored as
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (Base64). The iteration count travels with each hash, so
 * raising it later leaves old hashes verifiable. A hash takes a few hundred milliseconds on purpose.
 * Thread-safe.
 */
public final class PasswordHasher {
    public static final int ITERATIONS = 600_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Verified against when the user does not exist, so that an unknown name costs as much time as a wrong password. */
    private static final String DUMMY = hash("not a password".toCharArray());

    private PasswordHasher() {}

    public static String hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return PREFIX + "$" + ITERATIONS + "$" + b64(salt) + "$" + b64(derive(password, salt, ITERATIONS));
    }

    /** Whether {@code password} matches {@code stored}; a null or malformed {@code stored} never matches (but costs the same time). */
    public static boolean verify(char[] password, String stored) {
        String[] p = stored == null ? null : stored.split("\\$");
        if (p == null || p.length != 4 || !p[0].equals(PREFIX)) {
            verify(password, DUMMY);
            return false;
        }
        int iterations = Integer.parseInt(p[1]);
        byte[] salt = Base64.getDecoder().decode(p[2]);
        byte[] expected = Base64.getDecoder().decode(p[3]);
        return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    }

    /** Spends the time of one verification; for unknown users. */
    static void waste(char[] password) {
        verify(password, DUMMY);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().withoutPadding().encodeToString(b);
    }
}
