package org.chokepoint.server;

import org.chokepoint.server.triage.AlertStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk in a real headless Chromium at 1280×800: log in, screen a name, triage an alert, open the
 * network view, and visit each page; screenshots go to {@code target/screenshots/}. Skipped, with the
 * reason, where no Chromium is installed ({@code apt-get install chromium}).
 */
class DeskBrowserIT {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);
    @TempDir
    static Path dir;
    static DeskFixture desk;
    static Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        var binary = Chromium.binary();
        Assumptions.assumeTrue(binary.isPresent(), "no chromium binary found (/usr/bin/chromium); install Debian's chromium package to run the browser tests");
        desk = new DeskFixture(dir);
        browser = new Chromium(binary.get(), 1280, 800);
        browser.navigate(desk.uri("/login").toString());
        browser.screenshot(SHOTS.resolve("01-login.png"));
        browser.eval("document.getElementById('username').value = 'analyst'; document.getElementById('password').value = '" + DeskFixture.PASSWORD
                + "'; document.querySelector('form').submit(); true");
        browser.waitFor("location.pathname === '/alerts' && document.readyState === 'complete'", WAIT);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (desk != null) desk.close();
    }

    private static String text() throws Exception {
        return browser.eval("document.body.innerText").asText();
    }

    @Test
    void loginLandsOnTheAlertQueue() throws Exception {
        browser.navigate(desk.uri("/alerts").toString());
        assertThat(text()).contains("Alert queue").contains("JSC Almaz-Antey").contains("Test analyst");
        browser.screenshot(SHOTS.resolve("02-alerts.png"));
    }

    @Test
    void screenANameAndSeeTheMatchExplained() throws Exception {
        browser.navigate(desk.uri("/screen").toString());
        browser.eval("document.getElementById('name').value = 'АО Концерн ВКО Алмаз-Антей'; document.getElementById('country').value = 'RU';"
                + " document.querySelector('form.screen-form').submit(); true");
        browser.waitFor("location.search.includes('name=') && document.readyState === 'complete' && document.getElementById('results') !== null", WAIT);
        assertThat(text()).contains("ALMAZ-ANTEY AIR AND SPACE DEFENSE CORPORATION JSC").containsIgnoringCase("evidence").contains("country RU agrees");
        browser.screenshot(SHOTS.resolve("03-screen.png"));
    }

    @Test
    void triageAnAlertFromTheQueue() throws Exception {
        browser.navigate(desk.uri("/alerts").toString());
        browser.eval("var f = document.querySelector('#alert-p-mikron form.triage'); f.querySelector('select').value = 'false_positive';"
                + " f.querySelector('input[name=reason]').value = 'Different company: Zelenograd component trader, no shared identifiers'; f.submit(); true");
        browser.waitFor("location.pathname === '/alerts' && document.readyState === 'complete' && document.getElementById('alert-p-mikron') === null", WAIT);
        assertThat(desk.desk.alert("p-mikron").orElseThrow().status()).isEqualTo(AlertStatus.CLEARED);
        assertThat(desk.desk.audit().entries("analyst", "decision.", 10, 0)).anySatisfy(e -> assertThat(e.reason()).startsWith("Different company"));
        browser.navigate(desk.uri("/parties/p-mikron").toString());
        assertThat(text()).contains("cleared as a false positive");
        browser.screenshot(SHOTS.resolve("05-party-cleared.png"));
    }

    @Test
    void partyPageShowsFlagsAndRecords() throws Exception {
        browser.navigate(desk.uri("/parties/p-almaz").toString());
        assertThat(text()).contains("Goods of concern to a sanctioned destination").contains("r2").contains("ALMAZ-ANTEY");
        browser.screenshot(SHOTS.resolve("04-party.png"));
    }

    @Test
    void networkViewDrawsTheGraph() throws Exception {
        browser.navigate(desk.uri("/network?party=p-sky&hops=3").toString());
        browser.waitFor("document.getElementById('graph').getAttribute('data-ready') !== null", WAIT);
        assertThat(browser.eval("document.getElementById('graph').getAttribute('data-ready')").asText()).isNotEqualTo("error").matches("\\d+");
        assertThat(browser.eval("document.querySelectorAll('#graph canvas').length").asInt()).isPositive();
        // Listed parties (Almaz-Antey, Mikron) and the two list records they match are drawn as listed.
        assertThat(browser.eval("chokepointNetwork.nodes('[?listed]').length").asInt()).isEqualTo(4);
        assertThat(browser.eval("chokepointNetwork.nodes('[kind = \"listed_entity\"]').length").asInt()).isEqualTo(2);
        assertThat(text()).contains("Showing 10 of 10 nodes").contains("Legend").contains("Tier 1 (integrated circuits)");
        assertThat(browser.eval("document.getElementById('save-png').disabled").asBoolean()).isFalse();
        assertThat(browser.eval("chokepointNetwork.png().startsWith('data:image/png')").asBoolean()).isTrue();
        // Hiding Tier 1 in the legend hides the three Tier 1 sales: US maker to Shenzhen, Shenzhen to Sky, Sky to Almaz-Antey.
        browser.eval("document.querySelector('li.tier-toggle[data-tier=\"1\"]').click(); true");
        assertThat(browser.eval("chokepointNetwork.edges('[concern = \"1\"]').filter(function (e) { return e.style('display') === 'none'; }).length").asInt()).isEqualTo(3);
        browser.eval("document.querySelector('li.tier-toggle[data-tier=\"1\"]').click(); true");
        assertThat(browser.eval("chokepointNetwork.edges(':hidden').length").asInt()).isZero();
        browser.screenshot(SHOTS.resolve("06-network.png"));
        // A click on the listed buyer fills the side panel; its link opens the party page.
        browser.eval("chokepointNetwork.nodes().filter(function (n) { return n.data('party_id') === 'p-almaz'; }).emit('tap'); true");
        browser.waitFor("document.getElementById('panel').innerText.includes('JSC Almaz-Antey')", WAIT);
        assertThat(browser.eval("document.getElementById('panel').innerText").asText()).contains("Goods of concern to a sanctioned destination")
                .contains("listed or matches a list");
        browser.screenshot(SHOTS.resolve("06b-network-panel.png"));
        browser.eval("document.querySelector('#panel a.more').click(); true");
        browser.waitFor("location.pathname === '/parties/p-almaz' && document.readyState === 'complete'", WAIT);
        assertThat(text()).contains("JSC Almaz-Antey");
    }

    @Test
    void pathsToListedAreHighlighted() throws Exception {
        browser.navigate(desk.uri("/network?party=p-almaz&hops=1&mode=paths").toString());
        browser.waitFor("document.getElementById('graph').getAttribute('data-ready') !== null", WAIT);
        // Both chains to Almaz-Antey: US maker, Shenzhen, Sky, Almaz; Berlin, Kyrgyz Cargo, Almaz (6 parties, 5 sales).
        assertThat(browser.eval("chokepointNetwork.nodes('.onpath').length").asInt()).isEqualTo(6);
        assertThat(browser.eval("chokepointNetwork.edges('.onpath').length").asInt()).isEqualTo(5);
        assertThat(text()).contains("Supply paths to listed end users").contains("Texas Instruments Inc").contains("$300k");
        browser.screenshot(SHOTS.resolve("14-network-paths.png"));
        browser.navigate(desk.uri("/network/candidates").toString());
        assertThat(text()).contains("Designation candidates").contains("Sky Electronics FZE").contains("buys the same goods from 1 supplier in China");
        browser.screenshot(SHOTS.resolve("15-candidates.png"));
    }

    @Test
    void flowsViewOpensARouteAndItsTraders() throws Exception {
        browser.navigate(desk.uri("/flows").toString());
        assertThat(text()).contains("Flows through hub countries").contains("United Arab Emirates").contains("$400k");
        assertThat(browser.eval("document.querySelectorAll('tr[data-route]').length").asInt()).isEqualTo(3);
        browser.screenshot(SHOTS.resolve("16-flows.png"));
        browser.eval("document.querySelector('tr[data-route=\"CN-AE-RU\"] a.route-link').click(); true");
        browser.waitFor("location.search.includes('origin=CN') && document.readyState === 'complete' && document.getElementById('route') !== null", WAIT);
        assertThat(browser.eval("document.getElementById('route').innerText").asText()).contains("Sky Electronics FZE")
                .contains("Shenzhen Bright Semiconductor Co").contains("JSC Almaz-Antey");
        browser.eval("document.getElementById('route').scrollIntoView(); true");
        browser.screenshot(SHOTS.resolve("17-flows-route.png"));
        browser.eval("document.querySelector('#route tr.carrier a.strong').click(); true");
        browser.waitFor("location.pathname === '/parties/p-sky' && document.readyState === 'complete'", WAIT);
        assertThat(text()).contains("Sky Electronics FZE");
    }

    @Test
    void entityListsAndCasePages() throws Exception {
        browser.navigate(desk.uri("/entities/ofac-sdn:1002").toString());
        assertThat(text()).contains("History across snapshots").contains("OOO MIKRON KOMPONENTY");
        browser.screenshot(SHOTS.resolve("07-entity.png"));
        browser.navigate(desk.uri("/lists").toString());
        assertThat(text()).contains("ofac-sdn").contains("SKY HIGH TRADING FZE");
        browser.screenshot(SHOTS.resolve("08-lists.png"));
        browser.navigate(desk.uri("/cases").toString());
        browser.eval("document.getElementById('title').value = 'UAE intermediary for Almaz-Antey'; document.getElementById('parties').value = 'p-sky, p-almaz';"
                + " document.getElementById('note').value = 'Opened from the alert queue'; document.querySelector('form.case-form').submit(); true");
        browser.waitFor("location.pathname.startsWith('/cases/') && document.readyState === 'complete'", WAIT);
        assertThat(text()).contains("UAE intermediary for Almaz-Antey").contains("Sky Electronics FZE");
        browser.screenshot(SHOTS.resolve("09-case.png"));
    }

    @Test
    void dataPageUploadsTheRegisterAndItsHitBecomesAnAlert() throws Exception {
        browser.navigate(desk.uri("/data").toString());
        assertThat(text()).contains("Shipment datasets").contains("Counterparty register").contains("Re-screening");
        browser.eval("var dt = new DataTransfer(); dt.items.add(new File(['id,name,country\\nC9,Mikron Components LLC,RU\\nC10,,RU\\n'], 'register.csv', {type: 'text/csv'}));"
                + " var f = document.querySelector('form[action=\\'/data/counterparties\\']'); f.querySelector('input[type=file]').files = dt.files; f.submit(); true");
        browser.waitFor("document.readyState === 'complete' && document.body.innerText.includes('Register replaced')", WAIT);
        assertThat(text()).contains("2 rows read, 1 stored, 1 rejected").contains("Rejected rows").contains("empty; there is nothing to screen").contains("1 match");
        browser.screenshot(SHOTS.resolve("10-data.png"));
        browser.navigate(desk.uri("/parties/cp:C9").toString());
        assertThat(text()).contains("Counterparty register entry C9").contains("ofac-sdn:1002");
        browser.screenshot(SHOTS.resolve("11-counterparty-alert.png"));
    }
}
