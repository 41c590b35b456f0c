package gov.cbp.medical.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.testkit.GeneratorSettings;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The synthetic world's at-risk rounds mirror the baseline catalogue (the testkit cannot read it: it does not
 * depend on the rules): 15-minute PPN-WELFARE checks from CBP-PPN 2021-11-29 until the version that drops them.
 */
class GeneratorMirrorsCatalogueTest {
    static final GeneratorSettings DEFAULTS = GeneratorSettings.defaults();

    private static Optional<Requirement> ppnWelfare(Standard standard) {
        return standard.requirements().stream().filter(r -> r.id().equals("PPN-WELFARE")).findFirst();
    }

    @Test
    void atRiskRounds_haveTheIntervalOfPpnWelfare() {
        Standard from = Catalogue.baseline().inForce("CBP-PPN", DEFAULTS.atRiskRoundsFrom()).orElseThrow();
        assertThat(from.effectiveFrom()).isEqualTo(DEFAULTS.atRiskRoundsFrom());
        assertThat(ppnWelfare(from).flatMap(Requirement::recurrence).map(Recurrence::every))
                .contains(DEFAULTS.atRiskCheckInterval());
    }

    @Test
    void atRiskRounds_endWhenTheCatalogueStopsAskingForThem() {
        Standard last = Catalogue.baseline().inForce("CBP-PPN", DEFAULTS.atRiskRoundsUntil().minusDays(1)).orElseThrow();
        Standard next = Catalogue.baseline().inForce("CBP-PPN", DEFAULTS.atRiskRoundsUntil()).orElseThrow();
        assertThat(ppnWelfare(last)).isPresent();
        assertThat(next.effectiveFrom()).isEqualTo(DEFAULTS.atRiskRoundsUntil());
        assertThat(ppnWelfare(next)).isEmpty();
    }
}
