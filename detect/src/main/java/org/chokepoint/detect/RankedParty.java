package org.chokepoint.detect;

import org.chokepoint.detect.party.Party;
import org.chokepoint.detect.rank.FlagSummary;
import org.chokepoint.detect.rank.TradeProfile;

import java.util.List;

/** A party with its flags, trade, risk and explanation, as parties.jsonl and the report show it. */
public record RankedParty(int rank, Party party, double risk, List<FlagSummary> flags, TradeProfile trade, String explanation, long records) {
    public RankedParty {
        flags = List.copyOf(flags);
    }
}
