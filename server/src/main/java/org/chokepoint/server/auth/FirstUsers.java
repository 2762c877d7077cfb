package org.chokepoint.server.auth;

import java.util.ArrayList;
import java.util.List;

/**
 * The users a fresh desk starts with. Without {@code --demo}: one admin with a random password, printed
 * once (only its hash is stored). With {@code --demo}: a viewer, an analyst and an admin with fixed,
 * printed passwords, for trying the desk on one's own machine.
 */
public final class FirstUsers {
    /** The demo logins: username, role, password. Public on purpose; never use --demo on a shared server. */
    public static final List<String[]> DEMO = List.of(
            new String[] {"analyst", "analyst", "chokepoint-analyst"},
            new String[] {"viewer", "viewer", "chokepoint-viewer"},
            new String[] {"admin", "admin", "chokepoint-admin"});

    private FirstUsers() {}

    /** Creates the first admin when there is no user at all; returns the lines to print (empty when users exist). */
    public static List<String> ensureAdmin(UserStore users) {
        if (users.count() > 0) return List.of();
        String password = Secrets.password();
        users.create("system", "admin", "Administrator", Role.ADMIN, password.toCharArray());
        return List.of("First start: created user 'admin' with password " + password,
                "This password is shown once and not stored; write it down now.");
    }

    /** Creates the demo users that do not exist yet; returns the demo logins to print. */
    public static List<String> demo(UserStore users) {
        List<String> out = new ArrayList<>();
        for (String[] d : DEMO) {
            if (users.find(d[0]).isEmpty()) {
                users.create("system", d[0], Character.toUpperCase(d[0].charAt(0)) + d[0].substring(1) + " (demo)", Role.parse(d[1]), d[2].toCharArray());
            }
            // A user of that name made otherwise (the first admin) keeps its own password: print only logins that work.
            if (users.authenticate(d[0], d[2].toCharArray()).isPresent()) out.add("demo login: " + d[0] + " / " + d[2] + " (" + d[1] + ")");
        }
        return out;
    }
}
