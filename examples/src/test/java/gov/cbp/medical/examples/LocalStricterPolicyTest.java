package gov.cbp.medical.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalStricterPolicyTest {
    @Test
    void main_showsTheStricterPolicyFindsMore() throws Exception {
        assertThat(StdOut.of(() -> LocalStricterPolicy.main(new String[0]))).isEqualTo(
                "Policy LP-SYN-STATION layered over the baseline.\n"
                        + "TEDS-WELFARE, baseline: 20 gaps between checks: {met=7, met-late=13}\n"
                        + "TEDS-WELFARE, local:    20 gaps between checks: {met=1, met-late=19}\n");
    }
}
