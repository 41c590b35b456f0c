package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code cbp-medical explain}: why one episode counts where it does, as text and JSON. */
class ExplainCommandTest {
    static final String CHILD = Cli.EPISODES + "child.json";
    static final String[] MEASURES = {"--measure", "MQM-INTERVIEW-JUV,MQM-CUSTODY-HOURS,MQM-PREGNANT-TRACKED"};

    private static String[] explain(String... more) {
        String[] base = {"explain", "--as-of", "2026-03-04T00:00:00Z", "--month", "2026-03"};
        String[] args = new String[base.length + MEASURES.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(MEASURES, 0, args, base.length, MEASURES.length);
        System.arraycopy(more, 0, args, base.length + MEASURES.length, more.length);
        return args;
    }

    @Test
    void explain_text_namesMeasuresPopulationsFindingsAndEvents() {
        Cli.Run run = Cli.run(explain("EP-0001", CHILD)).exits(0).matchesGolden("explain-child.txt");
        assertThat(run.out).contains("MQM-INTERVIEW-JUV", "initial-population", "numerator",
                "finding EMD-INTERVIEW-JUV met", "evidence E2", "MQM-PREGNANT-TRACKED", "counted");
    }

    @Test
    void explain_json_conformsToItsSchema_andPointsAtTheFindingsAndEvents() {
        Cli.Run run = Cli.run(explain("--format", "json", "EP-0001", CHILD)).exits(0)
                .matchesGolden("explain-child.json").conformsTo("explain");
        JsonNode json = run.json();
        assertThat(json.at("/episodeId").asText()).isEqualTo("EP-0001");
        assertThat(json.at("/counted").asBoolean()).isTrue();
        assertThat(json.at("/measures")).hasSize(3);
        JsonNode interview = json.at("/measures/0");
        assertThat(interview.at("/id").asText()).isEqualTo("MQM-INTERVIEW-JUV");
        JsonNode member = interview.at("/members/0");
        JsonNode finding = interview.at("/findings/" + member.at("/finding").asInt());
        assertThat(finding.at("/requirementId").asText()).isEqualTo("EMD-INTERVIEW-JUV");
        assertThat(finding.at("/status").asText()).isEqualTo("met");
        assertThat(finding.at("/evidenceEventIds/0").asText()).isEqualTo("E2");
        assertThat(member.at("/populations/0/population").asText()).isEqualTo("initial-population");
        assertThat(member.at("/populations/0/member").asBoolean()).isTrue();
        JsonNode pregnant = json.at("/measures/2");
        assertThat(pregnant.at("/basis").asText()).isEqualTo("episode");
        assertThat(pregnant.at("/members/0/finding").isNull()).isTrue();
        assertThat(pregnant.at("/members/0/populations/0/member").asBoolean()).isFalse();
    }

    @Test
    void explain_outsideThePeriod_saysSo_andCountsNowhere() {
        Cli.Run run = Cli.run("explain", "--as-of", "2026-03-04T00:00:00Z", "--month", "2026-04", "--format", "json",
                "--measure", "MQM-INTERVIEW-JUV", "EP-0001", CHILD).exits(0).conformsTo("explain");
        assertThat(run.json().at("/counted").asBoolean()).isFalse();
        assertThat(run.json().at("/periodNote").asText()).contains("not in the period");
    }

    @Test
    void explain_everyMeasureByDefault() {
        Cli.Run run = Cli.run("explain", "--as-of", "2026-03-04T00:00:00Z", "--format", "json", "EP-0001", CHILD)
                .exits(0).conformsTo("explain");
        assertThat(run.json().at("/measures").size()).isEqualTo(26);
        assertThat(run.json().at("/period").asText()).isEqualTo("../..");
    }

    @Test
    void explain_unknownEpisodeId_isAUsageError_namingIt() {
        Cli.Run run = Cli.run("explain", "--as-of", "2026-03-04T00:00:00Z", "EP-9999", CHILD).exits(2);
        assertThat(run.err).contains("no episode with id 'EP-9999'").contains(CHILD);
        assertThat(run.out).isEmpty();
    }

    @Test
    void explain_unknownMeasure_isAUsageError() {
        assertThat(Cli.run("explain", "--as-of", "2026-03-04T00:00:00Z", "--measure", "MQM-NOPE", "EP-0001", CHILD)
                .exits(2).err).contains("MQM-NOPE");
    }

    @Test
    void explain_missingArguments_areUsageErrors() {
        Cli.run("explain", "--as-of", "2026-03-04T00:00:00Z", "EP-0001").exits(2);
        Cli.run("explain", "EP-0001", CHILD).exits(2);
        Cli.run("explain", "--as-of", "2026-03-04T00:00:00Z", "EP-0001", "no-such-file.json").exits(3);
    }

    @Test
    void explain_showsNoPersonalData() throws Exception {
        JsonNode detainee = new ObjectMapper().readTree(Files.readString(Cli.MODULE.resolve(CHILD))).at("/detainee");
        for (String[] args : new String[][] {{"explain", "--as-of", "2026-03-04T00:00:00Z", "EP-0001", CHILD},
            {"explain", "--as-of", "2026-03-04T00:00:00Z", "--format", "json", "EP-0001", CHILD}}) {
            String out = Cli.run(args).exits(0).out;
            assertThat(out).doesNotContain(detainee.at("/subjectId").asText(),
                    detainee.at("/identifiers/familyName").asText(), detainee.at("/identifiers/aNumber").asText(),
                    detainee.at("/dateOfBirth").asText(), "Synthetic cough", "Synthetic findings");
        }
    }

    @Test
    void explain_anEpisodeWithErrors_isExplainedAsFarAsItsDataAllows_exitOne() throws Exception {
        // a welfare check four hours before book-in: the episode is readable, and has an error
        String child = Files.readString(Cli.MODULE.resolve(CHILD)).replace("\n", "")
                .replace("\"at\": \"2026-03-01T14:30:00Z\"", "\"at\": \"2026-03-01T10:00:00Z\"");
        Path file = Cli.MODULE.resolve("target/cli-test/explain-invalid.jsonl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, child.replaceAll("\\s*\\n\\s*", "") + "\n");

        Cli.Run run = Cli.run("explain", "--as-of", "2026-03-04T00:00:00Z", "--format", "json", "EP-0001",
                file.toString()).exits(1).conformsTo("explain");
        assertThat(run.json().at("/valid").asBoolean()).isFalse();
        assertThat(run.json().at("/problems").size()).isPositive();
        assertThat(run.json().at("/line").asInt()).isEqualTo(1);
        assertThat(run.json().at("/measures").size()).isEqualTo(26);
    }

    @Test
    void explain_duplicateIds_explainsTheFirst_andSaysHowMany() throws Exception {
        String child = Files.readString(Cli.MODULE.resolve(CHILD)).replaceAll("\\s*\\n\\s*", "");
        Path file = Cli.MODULE.resolve("target/cli-test/explain-twice.jsonl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, child + "\n" + child + "\n");

        Cli.Run run = Cli.run("explain", "--as-of", "2026-03-04T00:00:00Z", "--format", "json", "--measure",
                "MQM-CUSTODY-HOURS", "EP-0001", file.toString()).exits(0).conformsTo("explain");
        assertThat(run.json().at("/matches").asInt()).isEqualTo(2);
        assertThat(run.json().at("/line").asInt()).isEqualTo(1);
        assertThat(Cli.run("explain", "--as-of", "2026-03-04T00:00:00Z", "--measure", "MQM-CUSTODY-HOURS", "EP-0001",
                file.toString()).exits(0).out).contains("2 episodes have this id; the first is explained");
    }
}
