package org.chokepoint.server.page;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlTest {
    @Test
    void escapesTextAndAttributes() {
        String s = new Html().open("a", "href", "/x?\"onmouseover=alert(1)", "title", null).text("<b>R&D 'Ltd'</b>").close().toString();
        assertThat(s).isEqualTo("<a href=\"/x?&quot;onmouseover=alert(1)\">&lt;b&gt;R&amp;D &#39;Ltd&#39;&lt;/b&gt;</a>");
    }

    @Test
    void refusesUnclosedElementsAndOddAttributes() {
        assertThatThrownBy(() -> new Html().open("div").toString()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Html().open("div", "class")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loginRedirectStaysOnTheSite() {
        assertThat(LoginPage.safeNext("/alerts?status=all")).isEqualTo("/alerts?status=all");
        assertThat(LoginPage.safeNext("//evil.example/")).isEqualTo("/");
        assertThat(LoginPage.safeNext("https://evil.example/")).isEqualTo("/");
        assertThat(LoginPage.safeNext("/\\evil.example")).isEqualTo("/");
        assertThat(LoginPage.safeNext(null)).isEqualTo("/");
    }

    @Test
    void pathSegmentsAreEncoded() {
        assertThat(Html.path("/entities/", "ofac-sdn:1 2/../x")).isEqualTo("/entities/ofac-sdn%3A1%202%2F..%2Fx");
    }
}
