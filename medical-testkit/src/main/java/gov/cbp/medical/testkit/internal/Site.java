package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.facility.MedicalSupportLevel;
import gov.cbp.medical.model.facility.SurgeLevel;
import gov.cbp.medical.model.facility.SurgePeriod;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One facility of the generator with what the timelines need to know about it: its index (which seeds its
 * staff ids), its base welfare-check interval, its surge days and the end of the generated period in its zone.
 *
 * <p>Implementation Requirements: immutable after construction (the surge days are never handed out).
 */
final class Site {
    private final int index;
    private final Facility facility;
    private final String code;
    private final Duration welfareBase;
    private final boolean[] surge;
    private final Instant periodEnd;

    private Site(int index, Facility facility, String code, Duration welfareBase, boolean[] surge, Instant periodEnd) {
        this.index = index;
        this.facility = facility;
        this.code = code;
        this.welfareBase = welfareBase;
        this.surge = surge;
        this.periodEnd = periodEnd;
    }

    /**
     * Draws a facility from its template, from a random stream of its own.
     *
     * @param settings the settings
     * @param index the facility's index among all facilities, from 0
     * @param catalogue the templates of its kind
     * @param ordinal the facility's index among the facilities of its kind, from 0
     * @param kind the kind in its id: {@code STN} or {@code POE}
     * @return the site
     */
    static Site draw(GeneratorSettings settings, int index, List<FacilityTemplate> catalogue, int ordinal, String kind) {
        SplittableRandom r = new SplittableRandom(Rand.mix(settings.seed(), -1, index));
        FacilityTemplate t = catalogue.get(ordinal % catalogue.size());
        int number = ordinal / catalogue.size() + 1;
        String code = t.area() + (t.isStation() ? "S" : "P") + (ordinal + 1);
        MedicalSupportLevel support = Rand.weighted(r, settings.medicalSupportMix());
        long min = settings.welfareCheckMinInterval().getSeconds();
        long max = settings.welfareCheckMaxInterval().getSeconds();
        Duration base = Duration.ofSeconds(min + (long) (r.nextDouble() * (max - min)));
        boolean[] surge = surgeDays(settings, r);
        Facility.Builder facility = Facility.builder()
                .facilityId("SYN-" + t.area() + "-" + kind + "-" + (ordinal + 1))
                .component(t.component())
                .name("Synthetic " + t.place() + (t.isStation() ? " Station " : " Port of Entry ") + number)
                .area(t.area())
                .timeZone(t.zone())
                .medicalSupport(support);
        int day = 0;
        while (day < surge.length) {
            if (!surge[day]) {
                day++;
                continue;
            }
            int first = day;
            while (day < surge.length && surge[day]) {
                day++;
            }
            facility.addSurgePeriods(SurgePeriod.builder()
                    .start(settings.startDate().plusDays(first).atStartOfDay(t.zone()).toInstant())
                    .end(settings.startDate().plusDays(day).atStartOfDay(t.zone()).toInstant())
                    .level(day - first >= 3 ? SurgeLevel.CRISIS : SurgeLevel.SURGE)
                    .build());
        }
        Instant periodEnd = settings.startDate().plusDays(settings.days()).atStartOfDay(t.zone()).toInstant();
        return new Site(index, facility.build(), code, base, surge, periodEnd);
    }

    /** Surge days as a two-state Markov chain whose long-run share is the setting. */
    private static boolean[] surgeDays(GeneratorSettings settings, SplittableRandom r) {
        boolean[] surge = new boolean[settings.days()];
        double share = settings.surgeDayShare();
        if (share <= 0) {
            return surge;
        }
        double stay = 0.6;
        double enter = share * (1 - stay) / (1 - share);
        boolean current = Rand.chance(r, share);
        for (int d = 0; d < surge.length; d++) {
            surge[d] = current;
            current = Rand.chance(r, current ? stay : enter);
        }
        return surge;
    }

    /** The facility's index among all facilities, from 0. */
    int index() {
        return index;
    }

    /** The facility. */
    Facility facility() {
        return facility;
    }

    /** The facility's id. */
    String facilityId() {
        return facility.facilityId();
    }

    /** The short code in episode ids, such as {@code TCAS1}. */
    String code() {
        return code;
    }

    /** The facility's time zone. */
    ZoneId zone() {
        return facility.timeZone();
    }

    /** The facility's on-site medical support. */
    MedicalSupportLevel support() {
        return facility.medicalSupport();
    }

    /** The base interval of the facility's welfare checks. */
    Duration welfareBase() {
        return welfareBase;
    }

    /** Whether a day of the period (from 0) is a surge day. */
    boolean isSurgeDay(int day) {
        return surge[day];
    }

    /** The end of the generated period in the facility's zone. */
    Instant periodEnd() {
        return periodEnd;
    }
}
