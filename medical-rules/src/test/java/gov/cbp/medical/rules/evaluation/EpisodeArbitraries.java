package gov.cbp.medical.rules.evaluation;

import static gov.cbp.medical.rules.Episodes.*;

import gov.cbp.medical.model.care.AssessmentDisposition;
import gov.cbp.medical.model.care.IssueSource;
import gov.cbp.medical.model.care.NotificationRecipient;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.Disposition;
import gov.cbp.medical.model.custody.ProvisionItem;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.facility.MedicalSupportLevel;
import gov.cbp.medical.model.maternal.BirthPlace;
import gov.cbp.medical.model.medication.AdministrationStatus;
import gov.cbp.medical.model.medication.MedicationDecision;
import gov.cbp.medical.model.publichealth.ScreeningResult;
import gov.cbp.medical.rules.Episodes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Small jqwik arbitraries of synthetic episodes for the evaluator's properties (the testkit's generators were not
 * on main when these were written). Ages are estimates and the facility is in a zone without daylight saving, so
 * moving an episode in time changes nothing the rules can see.
 */
final class EpisodeArbitraries {
    static final String[] KINDS = {"welfare", "interview", "positive-interview", "refused-interview", "assessment",
        "assessment-follow-up", "assessment-referred", "refused-assessment", "issue", "emergency", "high-risk-issue",
        "notify-medical", "notify-supervisor", "notify-hhs", "screen-positive", "screen-negative", "isolation", "meal",
        "shower", "medication", "review", "dose", "placement", "monitoring-check", "removal", "transfer", "hospital",
        "discharge", "birth", "newborn-release", "incident", "pregnancy", "minor-claim", "determination", "observation",
        "ems-call", "exception", "room"};
    static final String[] SATISFYING = {"welfare", "interview", "assessment", "notify-hhs", "screen-negative", "meal",
        "shower", "notify-medical", "notify-supervisor", "ems-call", "monitoring-check", "observation"};
    static final String[] REQUIREMENTS = {"TEDS-WELFARE", "EMD-INTERVIEW-JUV", "TVPRA-NOTIFY", "EMD-NOTIFY", "EMD-MEDADMIN"};

    private EpisodeArbitraries() {}

    /** One event to make: kind, minutes after book-in, and a choice for references and flags. */
    static Arbitrary<Tuple.Tuple3<String, Integer, Integer>> eventSpecs(String[] kinds) {
        return Combinators.combine(Arbitraries.of(kinds), Arbitraries.integers().between(-60, 100 * 60),
                Arbitraries.integers().between(0, 1000)).as(Tuple::of);
    }

    static Arbitrary<CustodyEpisode> episodes() {
        Arbitrary<Integer> age = Arbitraries.of(0, 5, 12, 13, 16, 17, 18, 30, 70);
        Arbitrary<Integer> flags = Arbitraries.integers().between(0, 63);
        Arbitrary<Integer> bookInMinutes = Arbitraries.integers().between(0, 30 * 24 * 60);
        Arbitrary<Integer> bookOut = Arbitraries.integers().between(-120, 120 * 60).injectNull(0.5);
        Arbitrary<List<Tuple.Tuple3<String, Integer, Integer>>> events = eventSpecs(KINDS).list().ofMaxSize(24);
        return Combinators.combine(age, flags, bookInMinutes, bookOut, events)
                .as((a, f, b, out, specs) -> build(a, f, b, out, specs));
    }

    static CustodyEpisode build(int age, int flags, int bookInMinutes, Integer bookOutMinutes,
            List<Tuple.Tuple3<String, Integer, Integer>> specs) {
        Episodes.Builder builder = new Episodes.Builder().estimatedAge(age);
        if ((flags & 1) != 0 && age >= 16) {
            builder.pregnant();
        }
        if ((flags & 2) != 0) {
            builder.language("es", (flags & 4) != 0);
        }
        if ((flags & 8) != 0) {
            builder.highRisk();
        }
        builder.support((flags & 16) != 0 ? MedicalSupportLevel.ON_CALL : MedicalSupportLevel.ON_SITE_PART_TIME);
        if ((flags & 32) != 0 && age < 18) {
            builder.population(gov.cbp.medical.model.person.PopulationClass.UNACCOMPANIED_CHILD);
        }
        if (bookOutMinutes != null) {
            builder.bookOut(m(bookOutMinutes), Disposition.values()[Math.abs(bookOutMinutes) % 6]);
        }
        builder.events(events(specs, "E", new HashMap<>()));
        return shift(builder.build(), m(bookInMinutes));
    }

    /** Makes events from specs; references point at earlier events of the right kind, when there are any. */
    static List<MedicalEvent> events(List<Tuple.Tuple3<String, Integer, Integer>> specs, String prefix,
            Map<String, List<String>> byKind) {
        List<MedicalEvent> events = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            String kind = specs.get(i).get1();
            Duration at = m(specs.get(i).get2());
            int pick = specs.get(i).get3();
            String id = prefix + i;
            MedicalEvent event = make(kind, id, at, pick, byKind);
            events.add(event);
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
        }
        return events;
    }

    private static String ref(Map<String, List<String>> byKind, int pick, String... kinds) {
        List<String> ids = new ArrayList<>();
        for (String kind : kinds) {
            ids.addAll(byKind.getOrDefault(kind, List.of()));
        }
        return ids.isEmpty() ? "NONE" : ids.get(pick % ids.size());
    }

    private static MedicalEvent make(String kind, String id, Duration at, int pick, Map<String, List<String>> byKind) {
        switch (kind) {
            case "welfare": return welfare(id, at);
            case "interview": return interview(id, at);
            case "positive-interview": return positiveInterview(id, at);
            case "refused-interview": return refusedInterview(id, at);
            case "assessment": return assessment(id, at);
            case "assessment-follow-up": return assessment(id, at, AssessmentDisposition.FOLLOW_UP);
            case "assessment-referred": return assessment(id, at, AssessmentDisposition.REFERRED);
            case "refused-assessment": return refusedAssessment(id, at);
            case "issue": return issue(id, at, pick % 2 == 0 ? IssueSource.SELF_REPORTED : IssueSource.OBSERVED);
            case "emergency": return emergency(id, at);
            case "high-risk-issue": return highRiskIssue(id, at);
            case "notify-medical":
                return notification(id, at, NotificationRecipient.MEDICAL_PERSONNEL, ref(byKind, pick, "issue", "emergency", "high-risk-issue"));
            case "notify-supervisor":
                return notification(id, at, NotificationRecipient.SUPERVISOR, ref(byKind, pick, "issue", "emergency", "high-risk-issue"));
            case "notify-hhs": return notification(id, at, NotificationRecipient.HHS_ORR, null);
            case "screen-positive": return screening(id, at, ScreeningResult.POSITIVE);
            case "screen-negative": return screening(id, at, ScreeningResult.NEGATIVE);
            case "isolation": return isolation(id, at, ref(byKind, pick, "screen-positive"));
            case "meal": return provision(id, at, ProvisionItem.MEAL);
            case "shower": return provision(id, at, ProvisionItem.SHOWER);
            case "medication": return medication(id, at);
            case "review":
                return review(id, at, ref(byKind, pick, "medication"), pick % 3 == 0 ? MedicationDecision.HOLD
                        : MedicationDecision.CONTINUE, pick % 5 == 0 ? null : h(4 + pick % 8));
            case "dose": return dose(id, at, ref(byKind, pick, "review"), pick % 4 == 0 ? AdministrationStatus.REFUSED : AdministrationStatus.GIVEN);
            case "placement": return placement(id, at, ref(byKind, pick, "assessment-follow-up"));
            case "monitoring-check": return monitoringCheck(id, at, ref(byKind, pick, "placement"), pick % 7 == 0);
            case "removal": return removal(id, at, ref(byKind, pick, "placement"));
            case "transfer": return transfer(id, at, pick % 9 == 0 ? "STN-9" : "STN-2", pick % 3 == 0 ? null : pick % 2 == 0);
            case "hospital": return hospitalVisit(id, at, ref(byKind, pick, "assessment-referred", "emergency"));
            case "discharge": return discharge(id, at, ref(byKind, pick, "hospital"));
            case "birth": return birth(id, at, BirthPlace.values()[pick % 3], pick % 2 == 0);
            case "newborn-release": return newbornRelease(id, at, ref(byKind, pick, "birth"));
            case "incident": return incident(id, at, ref(byKind, pick, "birth"));
            case "pregnancy": return pregnancyIdentified(id, at);
            case "minor-claim": return minorClaim(id, at);
            case "determination": return determination(id, at);
            case "observation": return observation(id, at, pick % 2 == 0);
            case "ems-call": return emsCall(id, at, ref(byKind, pick, "emergency", "issue"));
            case "exception": return exception(id, at, REQUIREMENTS[pick % REQUIREMENTS.length]);
            case "room": return room(id, at, "HR-" + (pick % 3));
            default: throw new IllegalArgumentException("unknown kind " + kind);
        }
    }
}
