package org.chokepoint.detect.flags;

import org.chokepoint.detect.wording.GoodsWording;

import java.util.List;

/**
 * Every rule the detector runs, in the order docs/red-flags.md describes them. Immutable.
 */
public record Rulebook(List<RecordRule> recordRules, List<PartyRule> partyRules, List<DatasetRule> datasetRules, List<DatasetRule> networkRules) {
    public Rulebook {
        recordRules = List.copyOf(recordRules);
        partyRules = List.copyOf(partyRules);
        datasetRules = List.copyOf(datasetRules);
        networkRules = List.copyOf(networkRules);
    }

    public static Rulebook standard(SanctionsPolicy policy) {
        return standard(policy, null);
    }

    /**
     * The standard rules for a run whose entities blocked by ownership are {@code ownership} (their counts go into
     * {@code owned_by_listed}'s parameters); null describes the rules without a run.
     */
    public static Rulebook standard(SanctionsPolicy policy, org.chokepoint.detect.watchlist.OwnershipBlocks ownership) {
        return new Rulebook(
                List.of(new BannedDestinationRule(policy), new EmbargoedArmsRule(policy), new EmbargoedArmsBuyerRule(policy), new DescriptionMismatchRule(GoodsWording.standard()),
                        new ForwarderConsigneeRule(policy), new BusinessMismatchRule(), new ListedCarrierRule(), new ListedManufacturerRule()),
                List.of(new ListedPartyRule(), new OwnedByListedRule(ownership), new PossibleListMatchRule(), new SharedIdentifierRule(), new SharedAddressRule()),
                List.of(new TransshipmentHubRule(), new ReclassifiedReexportRule(), new FeedsHubRule(), new HubConsigneeRule(), new SplitShipmentsRule(), new UnitValueOutlierRule(), new NewPartyRule(), new ReroutingRule()),
                List.of(new TradesWithListedRule(), new TwoHopsToListedRule()));
    }

    /** Every rule's description, for reports and docs. */
    public List<RuleInfo> infos() {
        List<RuleInfo> out = new java.util.ArrayList<>();
        recordRules.forEach(r -> out.add(r.info()));
        partyRules.forEach(r -> out.add(r.info()));
        datasetRules.forEach(r -> out.add(r.info()));
        networkRules.forEach(r -> out.add(r.info()));
        return out;
    }
}
