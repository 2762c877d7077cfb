package org.chokepoint.server.rescreen;

/**
 * One entry of the counterparty register: a customer or supplier a compliance team wants screened on
 * every list change. The fields of formats.md §3.
 *
 * @param id         the team's own id, unique in the register
 * @param name       the name to screen
 * @param country    ISO alpha-2 (upper case), or null
 * @param type       person, organization, vessel or aircraft, or null
 * @param identifier free identifier text ("INN 7702070139"), or null
 */
public record Counterparty(String id, String name, String country, String type, String identifier) {
    /** The party id the desk gives it in alerts and pages: register entries never collide with {@code detect}'s ids. */
    public String partyId() {
        return "cp:" + id;
    }
}
