package gov.cbp.medical.rules.impact;

import static gov.cbp.medical.rules.Episodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.Covers;
import gov.cbp.medical.rules.standard.Catalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

@Covers({"PPN-WELFARE", "PPN-ASSESS", "PPN-BIRTH-INCIDENT"})
class VersionImpactTest {
    @Test
    void rescission_removesTheQuarterHourChecksAndTheOfferedAssessment() {
        CustodyEpisode pregnant = in2023(adult().pregnant().event(assessment("A1", h(2)))
                .events(welfareEvery(m(15), m(15), h(2))).released(h(2)).build());
        CustodyEpisode other = in2023(adult().id("EP-2").released(h(2)).build());
        VersionImpact impact = VersionImpact.of(Catalogue.baseline(), "CBP-PPN", "2021-11-29", "2025-05-05",
                List.of(pregnant, other), pregnant.bookIn().at().plus(h(3)));
        assertThat(impact.episodes()).isEqualTo(2);
        assertThat(impact.countsByRequirement()).containsEntry("PPN-WELFARE", 9).containsEntry("PPN-ASSESS", 2)
                .doesNotContainKey("PPN-BIRTH-INCIDENT");
        assertThat(impact.transitionsByRequirement().get("PPN-WELFARE")).containsEntry("met->none", 8).containsEntry("not-applicable->none", 1);
        assertThat(impact.transitionsByRequirement().get("PPN-ASSESS"))
                .containsEntry("met->none", 1).containsEntry("not-applicable->none", 1);
        assertThat(impact.changes()).allMatch(c -> !c.transition().isEmpty());
    }

    @Test
    void sameVersion_changesNothing() {
        CustodyEpisode e = in2023(adult().pregnant().build());
        VersionImpact impact = VersionImpact.of(Catalogue.baseline(), "CBP-PPN", "2021-11-29", "2021-11-29",
                List.of(e), e.bookIn().at().plus(h(5)));
        assertThat(impact.changes()).isEmpty();
    }
}
