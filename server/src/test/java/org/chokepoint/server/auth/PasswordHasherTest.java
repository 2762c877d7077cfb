package org.chokepoint.server.auth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {
    @Test
    void verifiesTheRightPasswordOnlyAndSaltsEachHash() {
        String h = PasswordHasher.hash("correct horse battery".toCharArray());
        assertThat(h).startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$");
        assertThat(PasswordHasher.ITERATIONS).isGreaterThanOrEqualTo(600_000);
        assertThat(PasswordHasher.verify("correct horse battery".toCharArray(), h)).isTrue();
        assertThat(PasswordHasher.verify("correct horse batterY".toCharArray(), h)).isFalse();
        assertThat(PasswordHasher.hash("correct horse battery".toCharArray())).isNotEqualTo(h);
        assertThat(PasswordHasher.verify("x".toCharArray(), "garbage")).isFalse();
        assertThat(PasswordHasher.verify("x".toCharArray(), null)).isFalse();
    }

    @Test
    void roleOrderAndParsing() {
        assertThat(Role.ADMIN.includes(Role.ANALYST)).isTrue();
        assertThat(Role.VIEWER.includes(Role.ANALYST)).isFalse();
        assertThat(Role.parse(" Analyst ")).isEqualTo(Role.ANALYST);
    }
}
