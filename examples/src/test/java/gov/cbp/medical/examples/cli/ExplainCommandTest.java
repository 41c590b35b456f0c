package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code cbp-medical explain}: why one episode counts where it does, as text and JSON. */
class ExplainCommandTest {
    static final String CHILD = Cli.EPISODES + "child.json";
    /** Every measure of the bundled baseline (26 with the integrity and target measures). */
    static final int BASELINE_MEASURES = MeasureSetReader.baseline().measures().size();
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
        assertThat(run.json().at("/measures").size()).isEqualTo(BASELINE_MEASURES);
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
        assertThat(run.json().at("/measures").size()).isEqualTo(BASELINE_MEASURES);
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

    /** The welfare finding due one interval after the only check (E6 at 14:30): 15:30. */
    private static JsonNode welfareMember(JsonNode measure) {
        for (JsonNode member : measure.get("members")) {
            JsonNode finding = measure.at("/findings/" + member.at("/finding").asInt());
            if (finding.at("/dueAt").asText().equals("2026-03-01T15:30:00Z")) {
                return member;
            }
        }
        throw new AssertionError("no welfare finding due at 15:30 in " + measure.at("/id").asText());
    }

    private static boolean in(JsonNode member, String population) {
        for (JsonNode p : member.get("populations")) {
            if (p.at("/population").asText().equals(population)) {
                return p.at("/member").asBoolean();
            }
        }
        throw new AssertionError("no population " + population);
    }

    @Test
    void explain_recordsThrough_anOpenEpisodesCheckFallingDueAfterTheExtractIsDue_notMissed() throws Exception {
        // EP-0001 still in custody (no book-out): booked in 14:00, one welfare check (E6) at 14:30, every 60 min,
        // so the next is owed at 15:30. Judged at 2026-03-04T00:00Z on records complete only through 15:20, that
        // check falls due after the records end: due, outside the denominator; judged without the option, the same
        // check is overdue and in the denominator, not the numerator. The longest gap is E6 to the end of the
        // records: 14:30 to 15:20 = 50 min, against 14:30 on 1 March to 00:00 on 4 March = 57 h 30 min.
        String open = Files.readString(Cli.MODULE.resolve(CHILD))
                .replaceAll("\"bookOut\": \\{[^}]*\\},", "");
        assertThat(open).doesNotContain("bookOut");
        Path file = Cli.MODULE.resolve("target/cli-test/explain-open.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, open);
        String[] measures = {"--measure", "MQM-WELFARE-COVERED,MQM-WELFARE-LONGEST-GAP"};

        JsonNode whole = Cli.run(concat(new String[] {"explain", "--as-of", "2026-03-04T00:00:00Z", "--month", "2026-03",
            "--format", "json"}, measures, "EP-0001", file.toString())).exits(0).conformsTo("explain").json();
        JsonNode extract = Cli.run(concat(new String[] {"explain", "--as-of", "2026-03-04T00:00:00Z", "--records-through",
            "2026-03-01T15:20:00Z", "--month", "2026-03", "--format", "json"}, measures, "EP-0001", file.toString()))
                .exits(0).conformsTo("explain").json();

        assertThat(whole.at("/recordsThrough").asText()).isEqualTo("2026-03-04T00:00:00Z");
        assertThat(extract.at("/recordsThrough").asText()).isEqualTo("2026-03-01T15:20:00Z");
        assertThat(extract.at("/asOf").asText()).isEqualTo("2026-03-04T00:00:00Z");

        JsonNode overdue = welfareMember(whole.at("/measures/0"));
        assertThat(whole.at("/measures/0/findings/" + overdue.at("/finding").asInt() + "/status").asText())
                .isEqualTo("overdue");
        assertThat(in(overdue, "initial-population")).isTrue();
        assertThat(in(overdue, "denominator")).isTrue();
        assertThat(in(overdue, "numerator")).isFalse();

        JsonNode due = welfareMember(extract.at("/measures/0"));
        assertThat(extract.at("/measures/0/findings/" + due.at("/finding").asInt() + "/status").asText())
                .isEqualTo("due");
        assertThat(in(due, "initial-population")).isTrue();
        assertThat(in(due, "denominator")).isFalse();
        assertThat(in(due, "numerator")).isFalse();

        assertThat(whole.at("/measures/1/id").asText()).isEqualTo("MQM-WELFARE-LONGEST-GAP");
        assertThat(whole.at("/measures/1/members/0/observation").asText()).isEqualTo("PT57H30M");
        assertThat(extract.at("/measures/1/members/0/observation").asText()).isEqualTo("PT50M");
    }

    @Test
    void explain_text_statesTheRecordsThrough_onlyWhenItIsBeforeTheAsOf() {
        String[] args = {"explain", "--as-of", "2026-03-04T00:00:00Z", "--records-through", "2026-03-01T15:20:00Z",
            "--measure", "MQM-CUSTODY-HOURS", "EP-0001", CHILD};
        assertThat(Cli.run(args).exits(0).out).contains("Records complete through 2026-03-01T15:20:00Z: "
                + "occurrences falling due later are due, not missed.");
        assertThat(Cli.run("explain", "--as-of", "2026-03-04T00:00:00Z", "--measure", "MQM-CUSTODY-HOURS", "EP-0001",
                CHILD).exits(0).out).doesNotContain("Records complete through");
        // a later instant counts as the evaluation instant, as in mqm
        assertThat(Cli.run("explain", "--as-of", "2026-03-04T00:00:00Z", "--records-through", "2026-05-01T00:00:00Z",
                "--format", "json", "--measure", "MQM-CUSTODY-HOURS", "EP-0001", CHILD).exits(0).json()
                .at("/recordsThrough").asText()).isEqualTo("2026-03-04T00:00:00Z");
        assertThat(Cli.run("explain", "--as-of", "2026-03-04T00:00:00Z", "--records-through", "soon", "EP-0001", CHILD)
                .exits(2).err).contains("--records-through");
    }

    private static String[] concat(String[] head, String[] middle, String... tail) {
        String[] all = new String[head.length + middle.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(middle, 0, all, head.length, middle.length);
        System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
        return all;
    }
}
