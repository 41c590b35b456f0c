package gov.cbp.medical.rules.standard;

import static gov.cbp.medical.rules.Episodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.Covers;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A local policy layered over the baseline: stricter freely, looser only with a recorded waiver. */
@Covers({"TEDS-WELFARE", "EMD-INTERVIEW-JUV"})
class LocalPolicyTest {
    static List<Finding> evaluate(Catalogue catalogue, CustodyEpisode episode, Duration asOf, String requirementId) {
        return Evaluator.of(catalogue).evaluate(episode, at(asOf)).findings().stream()
                .filter(f -> f.requirementId().equals(requirementId)).collect(Collectors.toList());
    }

    @Test
    void stricter_isAcceptedWithoutWaiver_andApplies() throws IOException {
        String json = "{\"id\": \"LP-1\", \"title\": \"Station policy\", \"overrides\": ["
                + "{\"requirementId\": \"TEDS-WELFARE\", \"every\": \"PT30M\", \"provenance\": [\"T\"]}]}";
        CatalogueLoad load = Catalogue.baseline().withPolicy(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        Catalogue local = load.orElseThrow();
        List<Finding> findings = evaluate(local, adult().build(), h(2), "TEDS-WELFARE");
        // judged by gaps: no check since book-in, the first due at 30m, overdue by 1h30m at 2h
        assertThat(findings).extracting(Finding::status, Finding::overdueBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingStatus.OVERDUE, java.util.Optional.of(m(90))));
        assertThat(findings).allMatch(f -> !f.interpretation() && f.waiver().isEmpty());
        assertThat(local.policyId()).contains("LP-1");
    }

    @Test
    void looser_withoutWaiver_isRefused() {
        LocalPolicy policy = LocalPolicy.builder().id("LP-2").title("t").addOverrides(RequirementOverride.builder()
                .requirementId("EMD-INTERVIEW-JUV").deadline(h(24)).build()).build();
        CatalogueLoad load = Catalogue.baseline().withPolicy(policy);
        assertThat(load.isValid()).isFalse();
        assertThat(load.problems()).extracting(p -> p.code() + " " + p.pointer() + " " + p.arguments())
                .containsExactly("policy.override.looserWithoutWaiver /overrides/0 [deadline]");
    }

    @Test
    void looser_withWaiver_appearsInEveryFinding() {
        LocalPolicy policy = LocalPolicy.builder().id("LP-3").title("t").addOverrides(RequirementOverride.builder()
                .requirementId("TEDS-WELFARE").every(h(2)).waiver(Waiver.of("W-2026-01", "surge staffing")).build()).build();
        Catalogue local = Catalogue.baseline().withPolicy(policy).orElseThrow();
        List<Finding> findings = evaluate(local, adult().build(), h(4), "TEDS-WELFARE");
        assertThat(findings).hasSize(1).allMatch(f -> f.waiver().equals(java.util.Optional.of("W-2026-01: surge staffing")));
        assertThat(findings.get(0).dueAt()).contains(at(h(2)));
    }

    @Test
    void disabled_withWaiver_makesOpenOccurrencesExempt() {
        LocalPolicy policy = LocalPolicy.builder().id("LP-4").title("t").addOverrides(RequirementOverride.builder()
                .requirementId("EMD-INTERVIEW-JUV").disabled(true).waiver(Waiver.of("W-9", "pilot")).build()).build();
        Catalogue local = Catalogue.baseline().withPolicy(policy).orElseThrow();
        Finding f = evaluate(local, juvenile(15).build(), h(13), "EMD-INTERVIEW-JUV").get(0);
        assertThat(f.status()).isEqualTo(FindingStatus.EXEMPT);
        assertThat(f.waiver()).contains("W-9: pilot");
        assertThat(f.explanation()).contains("waived");
    }

    @Test
    void narrowerApplicability_isLooser_widerIsStricter() {
        LocalPolicy narrower = LocalPolicy.builder().id("LP-5").title("t").addOverrides(RequirementOverride.builder()
                .requirementId("EMD-INTERVIEW-JUV").applicability(Applicability.builder().maxAgeYears(12).build()).build()).build();
        assertThat(Catalogue.baseline().withPolicy(narrower).isValid()).isFalse();
        LocalPolicy wider = LocalPolicy.builder().id("LP-6").title("t").addOverrides(RequirementOverride.builder()
                .requirementId("EMD-INTERVIEW-JUV").applicability(Applicability.EVERYONE).build()).build();
        Catalogue local = Catalogue.baseline().withPolicy(wider).orElseThrow();
        assertThat(evaluate(local, adult().build(), h(13), "EMD-INTERVIEW-JUV").get(0).status()).isEqualTo(FindingStatus.OVERDUE);
    }

    @Test
    void unknownRequirement_andBadDocument_areProblems() throws IOException {
        LocalPolicy policy = LocalPolicy.builder().id("LP-7").title("t")
                .addOverrides(RequirementOverride.builder().requirementId("NOPE").build()).build();
        assertThat(Catalogue.baseline().withPolicy(policy).problems()).extracting(p -> p.code())
                .containsExactly("policy.requirement.unknown");
        String json = "{\"id\": \"LP-8\", \"overrides\": [{\"requirementId\": \"TEDS-WELFARE\", \"every\": \"soon\"}]}";
        assertThat(Catalogue.baseline().withPolicy(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                .problems()).extracting(p -> p.code() + " " + p.pointer())
                .containsExactlyInAnyOrder("policy.field.required /title", "policy.duration.format /overrides/0/every");
    }
}
