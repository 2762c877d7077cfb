package org.chokepoint.detect.watchlist;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DeclaredMakerTest {
    private static ListedHit hit(String primary, String matched) {
        return new ListedHit("test:1", "Test list", primary, matched, 0.95, "test");
    }

    @ParameterizedTest(name = "{0} made by {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Hikvision        | Hangzhou Hikvision Digital Technology Co., Ltd.   | Hangzhou Hikvision Digital Technology Co., Ltd. | true
            iRay Technology  | YANTAI IRAY TECHNOLOGY CO LTD                     | YANTAI IRAY TECHNOLOGY CO LTD                   | true
            Точмаш           | JSC VLADIMIR PRODUCTION AMALGAMATION TOCHMASH     | JSC VLADIMIR PRODUCTION AMALGAMATION TOCHMASH   | true
            Great Wall       | ANHUI GREATWALL MILITARY INDUSTRY COMPANY LIMITED | ANHUI GREATWALL MILITARY INDUSTRY COMPANY LIMITED | true
            KVANT GmbH       | NPP Kvant AO                                      | NPP Kvant AO                                    | true
            Chery            | Luo Jie                                           | Cherry                                          | false
            Bayer            | BAJER S.R.L.                                      | BAJER S.R.L.                                    | false
            Mazak            | MAZAKA GENERAL TRADING L.L.C.                     | MAZAKA GENERAL TRADING L.L.C.                   | false
            Honor            | ONERBANK ZAO                                      | HONOR BANK                                      | false
            Linglong         | LINGLONG TRADING GROUP FZE                        | LINGLONG TRADING GROUP FZE                      | false
            Norvik           | Norvik Shipping LLC                               | Norvik Shipping LLC                             | false
            Ротор            | ООО ТОРГОВЫЙ ДОМ РОТОР                             | ООО ТОРГОВЫЙ ДОМ РОТОР                           | false
            Wall             | ANHUI GREATWALL MILITARY INDUSTRY COMPANY LIMITED | ANHUI GREATWALL MILITARY INDUSTRY COMPANY LIMITED | false
            """)
    void aBrandIsTheListedMakerOnlyWhenWrittenInItsNameAndTheEntityCanMakeGoods(String brand, String primary, String matched, boolean maker) {
        assertThat(DeclaredMaker.couldHaveMade(brand, hit(primary, matched))).isEqualTo(maker);
    }

    @org.junit.jupiter.api.Test
    void noBrandIsNoMaker() {
        assertThat(DeclaredMaker.couldHaveMade(null, hit("X", "X"))).isFalse();
        assertThat(DeclaredMaker.couldHaveMade("  ", hit("X", "X"))).isFalse();
        assertThat(DeclaredMaker.couldHaveMade("LLC", hit("ACME LLC", "ACME LLC"))).isFalse();
        assertThat(DeclaredMaker.couldHaveMade("Acme", null)).isFalse();
    }
}
