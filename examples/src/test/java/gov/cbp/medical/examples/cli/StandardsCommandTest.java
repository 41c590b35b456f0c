package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class StandardsCommandTest {
    private static final String V1 = "CBP-DIR-2210-004@2019-12-30";
    private static final String V2 = "CBP-DIR-2210-004@2020-03-30";

    @Test
    void list_text() {
        Cli.run("standards", "list").exits(0).matchesGolden("standards-list.txt");
    }

    @Test
    void list_requirements_withCitations() {
        assertThat(Cli.run("standards", "list", "--requirements").exits(0).out)
                .contains("EMD-INTERVIEW-JUV", "TEDS-WELFARE", "8 U.S.C. 1232(b)");
    }

    @Test
    void list_json() {
        JsonNode json = Cli.run("standards", "list", "--format", "json").exits(0).matchesGolden("standards-list.json")
                .conformsTo("standards-list").json();
        assertThat(json.get("standards")).isNotEmpty();
    }

    @Test
    void show_text_andJson() {
        Cli.run("standards", "show", "CBP-TEDS").exits(0).matchesGolden("standards-show-teds.txt");
        Cli.Run run = Cli.run("standards", "show", "--format", "json", V2).exits(0).conformsTo("standards-show");
        assertThat(run.json().get("standards")).hasSize(1);
        Cli.conformsTo("../schema/standard", run.json().at("/standards/0"));
    }

    @Test
    void diff_versions() {
        Cli.run("standards", "diff", V1, V2).exits(0).matchesGolden("standards-diff.txt");
        Cli.Run run = Cli.run("standards", "diff", "--format", "json", V1, V2).exits(0)
                .matchesGolden("standards-diff.json").conformsTo("standards-diff");
        assertThat(run.json().at("/requirements/added")).isNotEmpty();
        assertThat(run.json().get("impact").isNull()).isTrue();
    }

    @Test
    void diff_withEpisodes_isTheVersionImpact() {
        Cli.Run run = Cli.run("standards", "diff", "--as-of", "2025-03-05T00:00:00Z", "--format", "json",
                "CBP-PPN@2021-11-29", "CBP-PPN@2025-05-05", EvaluateCommandTest.SAMPLE).exits(0)
                .matchesGolden("standards-diff-impact.json").conformsTo("standards-diff");
        assertThat(run.json().at("/impact/episodes").asInt()).isEqualTo(8);
        Cli.run("standards", "diff", "--as-of", "2025-03-05T00:00:00Z", "CBP-PPN@2021-11-29", "CBP-PPN@2025-05-05",
                EvaluateCommandTest.SAMPLE).exits(0).matchesGolden("standards-diff-impact.txt");
    }

    @Test
    void usageErrors_exit2() {
        assertThat(Cli.run("standards").exits(2).err).contains("Missing required subcommand");
        assertThat(Cli.run("standards", "show", "NOPE").exits(2).err).contains("unknown standard 'NOPE'", "CBP-TEDS");
        assertThat(Cli.run("standards", "show", "CBP-TEDS@1999").exits(2).err).contains("unknown version '1999'");
        assertThat(Cli.run("standards", "diff", V1, "CBP-TEDS@2015-10").exits(2).err).contains("same standard");
        assertThat(Cli.run("standards", "diff", "CBP-TEDS", V2).exits(2).err).contains("ID@VERSION");
        assertThat(Cli.run("standards", "diff", V1, V2, EvaluateCommandTest.SAMPLE).exits(2).err).contains("--as-of");
    }
}
