package gov.cbp.medical.rules.measure.engine;

import gov.cbp.medical.model.custody.BookIn;
import gov.cbp.medical.model.custody.BookOut;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.Disposition;
import gov.cbp.medical.model.facility.Component;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.facility.MedicalSupportLevel;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.person.Detainee;
import gov.cbp.medical.model.person.LanguageProfile;
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.model.person.Pregnancy;
import gov.cbp.medical.model.person.PregnancyBasis;
import gov.cbp.medical.model.person.Sex;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import gov.cbp.medical.rules.measure.report.MeasureReportHtml;
import gov.cbp.medical.rules.measure.report.ReportSettings;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A cost harness, not a test: generates N synthetic episodes of a month at eight facilities lazily, with a
 * synthetic evaluator (about 40 findings per episode: hourly welfare checks plus the deadline requirements),
 * runs the baseline measures and prints time and peak heap. Run it with a small heap to show constant memory:
 *
 * <pre>
 * java -Xmx256m -cp "$(cat /tmp/mqm-cp.txt)" gov.cbp.medical.rules.measure.engine.MillionEpisodes 1000000 2 objects
 * java -Xmx256m -cp ... MillionEpisodes 100000 2 jsonl      (serialise, validate and measure JSON Lines)
 * </pre>
 * This class is test code: it prints, and uses the wall clock to measure itself.
 */
public final class MillionEpisodes {
    static final Instant START = Instant.parse("2026-03-01T07:00:00Z");
    static final List<Facility> FACILITIES = facilities();

    private MillionEpisodes() {}

    static List<Facility> facilities() {
        List<Facility> list = new ArrayList<>();
        String[][] spec = {{"YUM-1", "usbp", "YUM", "America/Phoenix"}, {"YUM-2", "usbp", "YUM", "America/Phoenix"},
            {"TCA-1", "usbp", "TCA", "America/Phoenix"}, {"RGV-1", "usbp", "RGV", "America/Chicago"},
            {"ELP-P1", "ofo", "ELP", "America/Denver"}, {"LRD-P1", "ofo", "LRD", "America/Chicago"},
            {"SDO-P1", "ofo", "SDO", "America/Los_Angeles"}, {"SDO-P2", "ofo", "SDO", "America/Los_Angeles"}};
        for (String[] s : spec) {
            list.add(Facility.builder().facilityId(s[0]).component(Component.fromCode(s[1])).name("Synthetic " + s[0])
                    .area(s[2]).timeZone(ZoneId.of(s[3])).medicalSupport(MedicalSupportLevel.ON_SITE_CONTINUOUS).build());
        }
        return list;
    }

    static CustodyEpisode episode(long n) {
        SplittableRandom random = new SplittableRandom(n * 0x9E3779B97F4A7C15L);
        Facility facility = FACILITIES.get(random.nextInt(FACILITIES.size()));
        Instant bookIn = START.plusSeconds(random.nextInt(30 * 86_400));
        PopulationClass population = PopulationClass.values()[random.nextInt(4)];
        boolean juvenile = population == PopulationClass.UNACCOMPANIED_CHILD || population == PopulationClass.ACCOMPANIED_JUVENILE;
        Detainee.Builder detainee = Detainee.builder().subjectId("S" + n).sex(random.nextBoolean() ? Sex.FEMALE : Sex.MALE)
                .populationClass(population)
                .dateOfBirth(LocalDate.of(juvenile ? 2010 + random.nextInt(15) : 1960 + random.nextInt(45), 1 + random.nextInt(12), 1))
                .language(LanguageProfile.builder().preferred(random.nextInt(3) == 0 ? "en" : "es")
                        .interpreterNeeded(random.nextInt(3) != 0).build());
        if (!juvenile && random.nextInt(20) == 0) {
            detainee.sex(Sex.FEMALE).pregnancy(Pregnancy.builder().basis(PregnancyBasis.SELF_REPORTED).build());
        }
        return CustodyEpisode.builder().episodeId("EP" + n).detainee(detainee.build()).addFacilities(facility)
                .bookIn(BookIn.builder().at(bookIn).facilityId(facility.facilityId()).build())
                .bookOut(BookOut.builder().at(bookIn.plusSeconds(3600L * (2 + random.nextInt(100))))
                        .disposition(Disposition.RELEASE).build())
                .build();
    }

    static EpisodeEvaluation evaluate(CustodyEpisode episode) {
        SplittableRandom random = new SplittableRandom(episode.episodeId().hashCode());
        Instant in = episode.bookIn().at();
        long hours = Duration.between(in, episode.bookOut().get().at()).toHours();
        List<Finding> findings = new ArrayList<>((int) hours + 8);
        for (int h = 0; h < hours; h++) {
            findings.add(finding(episode, "TEDS-WELFARE", in.plusSeconds(3600L * h), 60, random, true));
        }
        boolean juvenile = episode.detainee().populationClass() == PopulationClass.UNACCOMPANIED_CHILD
                || episode.detainee().populationClass() == PopulationClass.ACCOMPANIED_JUVENILE;
        findings.add(finding(episode, juvenile ? "EMD-INTERVIEW-JUV" : "EMD-INTERVIEW-REF", in, 720, random, false));
        findings.add(finding(episode, "TEDS-DURATION", in, 72 * 60, random, false));
        findings.add(finding(episode, "TEDS-LANGUAGE", in.plusSeconds(600), 0, random, false));
        if (random.nextInt(4) == 0) {
            findings.add(finding(episode, "EMD-ASSESS-CONCERN", in.plusSeconds(3600), 240, random, false));
            findings.add(finding(episode, "EMD-MEDREV", in, 720, random, false));
        }
        if (episode.detainee().populationClass() == PopulationClass.UNACCOMPANIED_CHILD) {
            findings.add(finding(episode, "TVPRA-TRANSFER", in.plusSeconds(1800), 72 * 60, random, false));
        }
        if (episode.detainee().pregnancy().isPresent()) {
            findings.add(finding(episode, "PPN-WELFARE", in, 15, random, false));
            findings.add(finding(episode, "PPN-ASSESS", in, 720, random, false));
        }
        if (random.nextInt(50) == 0) {
            findings.add(finding(episode, "TEDS-EMERGENCY", in.plusSeconds(7200), 0, random, false));
            findings.add(finding(episode, "EMD-PH-ISOLATE", in.plusSeconds(7200), 120, random, false));
        }
        return EpisodeEvaluation.builder().episodeId(episode.episodeId()).asOf(Instant.parse("2026-04-15T00:00:00Z"))
                .findings(findings).build();
    }

    static Finding finding(CustodyEpisode episode, String requirement, Instant trigger, int deadlineMinutes,
            SplittableRandom random, boolean recurring) {
        int roll = random.nextInt(100);
        FindingStatus status = roll < 80 ? FindingStatus.MET : roll < 90 ? FindingStatus.MET_LATE
                : roll < 97 ? FindingStatus.NOT_MET : FindingStatus.INDETERMINATE;
        Finding.Builder builder = Finding.builder().episodeId(episode.episodeId()).requirementId(requirement)
                .standardId("CBP-DIR-2210-004").standardVersion("2019-12-30").status(status).severity("major")
                .citation("synthetic").explanation("synthetic").triggerAt(trigger)
                .dueAt(trigger.plusSeconds(60L * deadlineMinutes)).facilityId(episode.bookIn().facilityId());
        if (status == FindingStatus.MET || status == FindingStatus.MET_LATE) {
            int minutes = status == FindingStatus.MET ? random.nextInt(deadlineMinutes + 1)
                    : deadlineMinutes + 1 + random.nextInt(600);
            builder.satisfiedAt(trigger.plusSeconds(60L * minutes));
        }
        if (recurring) {
            builder.intervalEnd(trigger.plusSeconds(3600)).longestGap(Duration.ofMinutes(20 + random.nextInt(90)));
        }
        return builder.build();
    }

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        String mode = args.length > 2 ? args[2] : "objects";
        MeasureEngine engine = MeasureEngine.builder().measureSet(MeasureSetReader.baseline())
                .evaluator(MillionEpisodes::evaluate).period(MeasurementPeriod.ofMonth(YearMonth.of(2026, 3))).build();
        Iterator<CustodyEpisode> episodes = new Iterator<>() {
            long i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public CustodyEpisode next() {
                return episode(i++);
            }
        };
        long started = System.nanoTime();
        MeasureAccumulator result;
        if ("jsonl".equals(mode)) {
            PipedInputStream in = new PipedInputStream(1 << 20);
            OutputStream out = new BufferedOutputStream(new PipedOutputStream(in), 1 << 16);
            Thread writer = new Thread(() -> {
                try (out) {
                    while (episodes.hasNext()) {
                        MedicalJson.mapper().writeValue(new NonClosing(out), episodes.next());
                        out.write('\n');
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            writer.start();
            PayloadValidator validator = PayloadValidator.builder().checkFutureTimes(false).build();
            result = threads > 1 ? engine.runLinesParallel(in, validator, threads) : engine.runLines(in, validator);
            writer.join();
        } else {
            result = threads > 1 ? engine.runParallel(episodes, threads) : engine.run(() -> episodes);
        }
        long elapsed = System.nanoTime() - started;
        MeasureReport report = result.report(ReportSettings.of(Instant.parse("2026-04-16T00:00:00Z"), 11));
        String html = MeasureReportHtml.toHtml(report);
        if (args.length > 3) {
            Files.writeString(Path.of(args[3]), html, StandardCharsets.UTF_8);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("episodes=%d measured=%d threads=%d mode=%s seconds=%.1f episodes/s=%.0f "
                        + "peakHeapMiB(sum of pool peaks)=%.1f maxHeapMiB=%.0f htmlKiB=%d%n",
                n, report.input().episodesMeasured(), threads, mode, elapsed / 1e9, n / (elapsed / 1e9),
                peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0, html.length() / 1024);
    }

    /** Keeps Jackson from closing the pipe after each value. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
        }
    }
}
