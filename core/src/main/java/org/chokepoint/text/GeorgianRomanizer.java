package org.chokepoint.text;

import java.util.List;

/**
 * Romanises Georgian as the lists write Georgian names: the national system of 2002 (ICU "Georgian-Latin": ც ts, ჩ ch,
 * ხ kh, ღ gh, ჟ zh, შ sh, ძ dz), which is also BGN/PCGN's, then the same with gh as g and q as k, as names that reached
 * the lists through Russian write them (ლაღაზაური, Лагазаури, "Lagazauri"; ყიფიანი, Кипиани, "Kipiani"). Thread-safe.
 */
final class GeorgianRomanizer implements ScriptRomanizer {
    private final IcuTransliterator national = IcuTransliterator.byId("Georgian-Latin");

    @Override
    public List<String> readings(String run) {
        // The ejectives' mark (კ kʼ, წ tsʼ) is no letter of any list's spelling ("Tsereteli", "Kipiani").
        String latin = national.apply(run).replace("\u02bc", "");
        String russian = latin.replace("gh", "g").replace('q', 'k');
        return russian.equals(latin) ? List.of(latin) : List.of(latin, russian);
    }
}
