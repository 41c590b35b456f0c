package gov.cbp.medical.rules.measure.engine;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.BookOut;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.Disposition;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.facility.SurgeLevel;
import gov.cbp.medical.model.facility.SurgePeriod;
import gov.cbp.medical.model.person.LanguageProfile;
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.model.person.Pregnancy;
import gov.cbp.medical.model.person.PregnancyBasis;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.measure.MeasureFixtures;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.PopulationType;
import gov.cbp.medical.rules.measure.Scoring;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import gov.cbp.medical.rules.measure.report.MeasureResult;
import gov.cbp.medical.rules.measure.report.ObservationSummary;
import gov.cbp.medical.rules.measure.report.ReportSettings;
import gov.cbp.medical.rules.measure.report.StratifierResult;
import gov.cbp.medical.rules.measure.report.StratumResult;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the engine over random episodes with random findings: merging partial results equals a
 * single pass; strata add up to the total; numerator &sube; denominator &sube; initial population; the
 * explanations agree with the counts; suppression leaves no small cell.
 */
class MeasurePropertiesTest {
    static final Instant BASE = Instant.parse("2026-02-25T00:00:00Z");
    static final List<Facility> FACILITIES = List.of(
            MeasureFixtures.station("YUM-A", "YUM"),
            MeasureFixtures.station("YUM-B", "YUM").toBuilder()
                    .addSurgePeriods(SurgePeriod.builder().start(BASE.plus(Duration.ofDays(8))).level(SurgeLevel.SURGE)
                            .end(BASE.plus(Duration.ofDays(20))).build()).build(),
            MeasureFixtures.port("ELP-C", "ELP"),
            MeasureFixtures.port("LRD-D", "LRD").toBuilder().timeZone(java.time.ZoneId.of("UTC")).build());
    static final List<String> REQUIREMENTS = List.of("EMD-INTERVIEW-JUV", "EMD-INTERVIEW-REF", "EMD-ASSESS-CONCERN",
            "TEDS-WELFARE", "EMD-EMM-CHECK", "EMD-MEDREV", "TVPRA-TRANSFER", "TEDS-DURATION", "PPN-WELFARE",
            "PPN-ASSESS", "OIG49-NEWBORN-RELEASE", "TEDS-LANGUAGE", "TEDS-EMERGENCY", "EMD-PH-ISOLATE");
    static final ReportSettings RAW = ReportSettings.of(Instant.parse("2026-04-20T00:00:00Z"), 0);

    /** A random population: episodes with their evaluator. */
    static final class Population {
        final List<CustodyEpisode> episodes;
        final Function<CustodyEpisode, gov.cbp.medical.rules.evaluation.EpisodeEvaluation> evaluator;

        Population(List<CustodyEpisode> episodes, MeasureFixtures.Findings evaluator) {
            this.episodes = episodes;
            this.evaluator = evaluator;
        }

        MeasureEngine engine() {
            return MeasureEngine.builder().measureSet(MeasureSetReader.baseline()).evaluator(evaluator)
                    .period(MeasurementPeriod.ofMonth(YearMonth.of(2026, 3))).build();
        }

        @Override
        public String toString() {
            return episodes.size() + " episodes";
        }
    }

    @Provide
    Arbitrary<Population> populations() {
        return Arbitraries.longs().map(seed -> population(new Random(seed)));
    }

    static Population population(Random random) {
        int n = random.nextInt(40);
        List<CustodyEpisode> episodes = new ArrayList<>();
        MeasureFixtures.Findings findings = new MeasureFixtures.Findings();
        for (int i = 0; i < n; i++) {
            String id = "R" + i;
            Facility facility = FACILITIES.get(random.nextInt(FACILITIES.size()));
            Instant bookIn = BASE.plus(Duration.ofMinutes(random.nextInt(45 * 24 * 60)));
            PopulationClass population = PopulationClass.values()[random.nextInt(4)];
            boolean juvenile = population == PopulationClass.UNACCOMPANIED_CHILD
                    || population == PopulationClass.ACCOMPANIED_JUVENILE;
            LocalDate birth = LocalDate.of(juvenile ? 2010 + random.nextInt(15) : 1950 + random.nextInt(50), 1, 1);
            CustodyEpisode.Builder builder = MeasureFixtures.episode(id, facility, bookIn, population, birth);
            if (random.nextInt(5) > 0) {
                builder.bookOut(BookOut.builder().at(bookIn.plus(Duration.ofMinutes(30 + random.nextInt(200 * 60))))
                        .disposition(Disposition.RELEASE).build());
            }
            CustodyEpisode episode = builder.build();
            var detainee = episode.detainee().toBuilder()
                    .language(random.nextBoolean() ? LanguageProfile.builder().preferred("en").build()
                            : LanguageProfile.builder().preferred(random.nextBoolean() ? "es" : "QUC").interpreterNeeded(true).build());
            if (!juvenile && random.nextInt(4) == 0) {
                detainee.pregnancy(Pregnancy.builder().basis(PregnancyBasis.OBSERVED).build());
            }
            episodes.add(episode.toBuilder().detainee(detainee.build()).build());
            int count = random.nextInt(12);
            for (int f = 0; f < count; f++) {
                FindingStatus status = FindingStatus.values()[random.nextInt(FindingStatus.values().length)];
                Instant trigger = bookIn.plus(Duration.ofMinutes(random.nextInt(72 * 60)));
                Duration deadline = Duration.ofMinutes(15 + random.nextInt(24 * 60));
                Duration satisfied = status == FindingStatus.MET || status == FindingStatus.MET_LATE
                        ? Duration.ofMinutes(random.nextInt(48 * 60)) : null;
                Finding.Builder finding = Finding.builder().from(MeasureFixtures.finding(id,
                        REQUIREMENTS.get(random.nextInt(REQUIREMENTS.size())), status, trigger, deadline, satisfied));
                if (random.nextBoolean()) {
                    finding.longestGap(Duration.ofMinutes(random.nextInt(300)));
                }
                if (status.isFailure()) {
                    finding.overdueBy(Duration.ofMinutes(random.nextInt(5000)));
                }
                if (random.nextInt(3) == 0) {
                    finding.facilityId(FACILITIES.get(random.nextInt(FACILITIES.size())).facilityId());
                }
                finding.interpretation(random.nextBoolean()).estimatedAge(random.nextInt(5) == 0)
                        .standardVersion(random.nextBoolean() ? "2019-12-30" : "2020-03-30");
                findings.add(finding.build());
            }
        }
        return new Population(episodes, findings);
    }

    @Property(tries = 150)
    void mergingPartsInAnyOrder_equalsASinglePass(@ForAll("populations") Population population,
            @ForAll @IntRange(min = 1, max = 6) int parts, @ForAll long seed) {
        MeasureEngine engine = population.engine();
        MeasureReport single = engine.run(population.episodes).report(RAW);
        Random random = new Random(seed);
        List<MeasureAccumulator> accumulators = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            accumulators.add(engine.newAccumulator());
        }
        for (CustodyEpisode episode : population.episodes) {
            accumulators.get(random.nextInt(parts)).add(episode);
        }
        Collections.shuffle(accumulators, random);
        MeasureAccumulator merged = engine.newAccumulator();
        for (MeasureAccumulator part : accumulators) {
            merged.merge(part);
        }
        assertThat(merged.report(RAW)).isEqualTo(single);
        assertThat(merged.report(ReportSettings.of(RAW.generatedAt(), 5)))
                .isEqualTo(engine.run(population.episodes).report(ReportSettings.of(RAW.generatedAt(), 5)));
    }

    @Property(tries = 150)
    void strataAddUpToTheTotal(@ForAll("populations") Population population) {
        MeasureReport report = population.engine().run(population.episodes).report(RAW);
        for (MeasureResult measure : report.measures()) {
            for (StratifierResult stratifier : measure.stratifiers()) {
                StratumResult total = measure.total();
                assertThat(sum(stratifier, StratumResult::initialPopulation)).isEqualTo(total.initialPopulation().get());
                assertThat(sum(stratifier, StratumResult::denominator)).isEqualTo(total.denominator().get());
                assertThat(sum(stratifier, StratumResult::denominatorExclusion)).isEqualTo(total.denominatorExclusion().get());
                assertThat(sum(stratifier, StratumResult::numerator)).isEqualTo(total.numerator().get());
                assertThat(sum(stratifier, StratumResult::numeratorExclusion)).isEqualTo(total.numeratorExclusion().get());
                for (String status : total.statusCounts().keySet()) {
                    assertThat(stratifier.strata().stream().mapToLong(s -> s.statusCounts().get(status)).sum())
                            .isEqualTo(total.statusCounts().get(status));
                }
                if (measure.scoring() == Scoring.CONTINUOUS_VARIABLE) {
                    ObservationSummary o = total.observation().orElseThrow();
                    assertThat(stratifier.strata().stream().mapToLong(s -> s.observation().get().count()).sum())
                            .isEqualTo(o.count());
                    assertThat(stratifier.strata().stream().mapToLong(s -> s.observation().get().missing()).sum())
                            .isEqualTo(o.missing());
                }
            }
        }
    }

    static long sum(StratifierResult stratifier, Function<StratumResult, java.util.Optional<Long>> count) {
        return stratifier.strata().stream().mapToLong(s -> count.apply(s).orElseThrow()).sum();
    }

    @Property(tries = 150)
    void numeratorWithinDenominatorWithinInitialPopulation(@ForAll("populations") Population population) {
        MeasureReport report = population.engine().run(population.episodes).report(RAW);
        for (MeasureResult measure : report.measures()) {
            List<StratumResult> all = new ArrayList<>();
            all.add(measure.total());
            measure.stratifiers().forEach(s -> all.addAll(s.strata()));
            for (StratumResult s : all) {
                if (s != measure.total()) {
                    assertThat(s.initialPopulation().get()).as("strata are made for members only").isPositive();
                }
                assertThat(s.initialPopulation().get()).isGreaterThanOrEqualTo(s.denominator().get());
                assertThat(s.denominator().get()).isGreaterThanOrEqualTo(s.denominatorExclusion().get());
                assertThat(s.numerator().get()).isGreaterThanOrEqualTo(s.numeratorExclusion().get());
                if (measure.scoring() == Scoring.PROPORTION) {
                    assertThat(s.numerator().get()).isLessThanOrEqualTo(s.netDenominator().get());
                    s.rate().ifPresent(rate -> assertThat(rate).isBetween(0.0, 1.0));
                }
                if (measure.scoring() == Scoring.CONTINUOUS_VARIABLE) {
                    ObservationSummary o = s.observation().get();
                    assertThat(o.count() + o.missing()).isEqualTo(s.netDenominator().get());
                    o.median().ifPresent(median -> assertThat(median).isLessThanOrEqualTo(o.p90().get()));
                }
            }
        }
    }

    @Property(tries = 60)
    void explanationsAgreeWithTheCounts(@ForAll("populations") Population population) {
        MeasureEngine engine = population.engine();
        MeasureReport report = engine.run(population.episodes).report(RAW);
        for (MeasureResult measure : report.measures()) {
            long[] counts = new long[PopulationType.values().length];
            for (CustodyEpisode episode : population.episodes) {
                EpisodeExplanation explanation = engine.explain(episode);
                if (!explanation.counted()) {
                    continue;
                }
                for (MemberExplanation member : explanation.measure(measure.id()).orElseThrow().members()) {
                    for (PopulationType type : PopulationType.values()) {
                        counts[type.ordinal()] += member.isIn(type) ? 1 : 0;
                    }
                    if (member.isIn(PopulationType.NUMERATOR) && measure.scoring() == Scoring.PROPORTION) {
                        assertThat(member.isIn(PopulationType.DENOMINATOR)).isTrue();
                        assertThat(member.isIn(PopulationType.DENOMINATOR_EXCLUSION)).isFalse();
                    }
                    if (member.isIn(PopulationType.DENOMINATOR)) {
                        assertThat(member.isIn(PopulationType.INITIAL_POPULATION)).isTrue();
                    }
                }
            }
            StratumResult total = measure.total();
            assertThat(counts[PopulationType.INITIAL_POPULATION.ordinal()]).isEqualTo(total.initialPopulation().get());
            assertThat(counts[PopulationType.DENOMINATOR.ordinal()]).isEqualTo(total.denominator().get());
            assertThat(counts[PopulationType.NUMERATOR.ordinal()]).isEqualTo(total.numerator().get());
        }
    }

    @Property(tries = 100)
    void suppressionLeavesNoSmallOrRecoverableCell(@ForAll("populations") Population population,
            @ForAll @IntRange(min = 2, max = 15) int threshold) {
        MeasureReport report = population.engine().run(population.episodes)
                .report(ReportSettings.of(RAW.generatedAt(), threshold));
        assertThat(report.stamp().suppressionThreshold()).isEqualTo(threshold);
        for (MeasureResult measure : report.measures()) {
            List<StratumResult> all = new ArrayList<>();
            all.add(measure.total());
            for (StratifierResult stratifier : measure.stratifiers()) {
                all.addAll(stratifier.strata());
                long suppressed = stratifier.strata().stream().filter(StratumResult::suppressed).count();
                if (!measure.total().suppressed()) {
                    assertThat(suppressed).isNotEqualTo(1L);
                }
            }
            for (StratumResult s : all) {
                if (s.suppressed()) {
                    assertThat(s.initialPopulation()).isEmpty();
                    assertThat(s.rate()).isEmpty();
                    assertThat(s.statusCounts()).isEmpty();
                    assertThat(s.observation()).isEmpty();
                } else {
                    assertThat(s.initialPopulation().get()).satisfiesAnyOf(
                            n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThanOrEqualTo(threshold));
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Integer>> minuteLists() {
        return Arbitraries.integers().between(-5, 400).list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void histogramPercentilesAreExactNearestRank(@ForAll("minuteLists") List<Integer> seconds,
            @ForAll @IntRange(min = 1, max = 8) int cap) {
        gov.cbp.medical.rules.measure.internal.DurationHistogram histogram =
                new gov.cbp.medical.rules.measure.internal.DurationHistogram(60, cap);
        List<Long> truncated = new ArrayList<>();
        for (int s : seconds) {
            histogram.add(Duration.ofSeconds(s));
            truncated.add(Math.min(cap, Math.max(0, s) / 60L));
        }
        Collections.sort(truncated);
        for (double p : new double[] {50, 90, 100}) {
            long expected = truncated.isEmpty() ? -1
                    : truncated.get((int) Math.max(1, Math.ceil(p / 100 * truncated.size())) - 1);
            assertThat(histogram.percentile(p)).isEqualTo(expected);
        }
    }
}
