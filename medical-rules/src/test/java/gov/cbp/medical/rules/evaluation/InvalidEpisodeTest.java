package gov.cbp.medical.rules.evaluation;

import static gov.cbp.medical.rules.Episodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.BookOut;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.Disposition;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.rules.Covers;
import org.junit.jupiter.api.Test;

/** Episodes that break the payload's cross-field rules are evaluated where the data allows; the rest is INDETERMINATE. */
@Covers({"PPN-ASSESS", "TEDS-WELFARE", "EMD-INTERVIEW-JUV"})
class InvalidEpisodeTest {
    @Test
    void transferToAnUnlistedFacility_makesFacilityCriteriaIndeterminate() throws Exception {
        CustodyEpisode episode = in2023(adult().event(transfer("T1", h(1), "STN-9", null))
                .event(pregnancyIdentified("P1", h(2))).build());
        assertThat(PayloadValidator.builder().checkFutureTimes(false).build()
                .validate(MedicalJson.mapper().writeValueAsString(episode)).isValid()).isFalse();
        Finding f = only(episode, h(3), "PPN-ASSESS");
        assertThat(f.status()).isEqualTo(FindingStatus.INDETERMINATE);
        assertThat(f.missingData()).containsExactly("/facilities");
        assertThat(f.facilityId()).isEmpty();
        // judged by gaps: the hour to the transfer owes nothing; the receiving stay's first check, due at 2h, is overdue
        assertThat(findings(episode, h(3), "TEDS-WELFARE")).extracting(Finding::status)
                .containsExactly(FindingStatus.OVERDUE);
    }

    @Test
    void bookOutBeforeBookIn_andEventsAfterBookOut_doNotBreakEvaluation() {
        CustodyEpisode episode = juvenile(15).event(interview("I1", h(5))).build().toBuilder()
                .bookOut(BookOut.builder().at(at(h(-1))).disposition(Disposition.RELEASE).build()).build();
        EpisodeEvaluation evaluation = evaluate(episode, h(10));
        assertThat(evaluation.findings()).isNotEmpty();
        assertThat(only(episode, h(10), "EMD-INTERVIEW-JUV").status()).isEqualTo(FindingStatus.NOT_APPLICABLE);
    }

    @Test
    void beforeBookIn_nothingIsOwed() {
        assertThat(evaluate(adult().build(), m(-1)).findings()).isEmpty();
    }
}
