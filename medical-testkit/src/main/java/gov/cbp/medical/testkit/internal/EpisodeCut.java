package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.custody.BookIn;
import gov.cbp.medical.model.custody.BookOut;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.person.Detainee;
import gov.cbp.medical.model.person.LanguageProfile;
import gov.cbp.medical.model.person.PersonalIdentifiers;
import gov.cbp.medical.model.person.Pregnancy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a finished timeline at book-out (or, for an episode still open, at the end of the period) and assembles
 * the episode: the detainee record, the facilities the person was in, book-in, the events up to the cut in time
 * order, and book-out. Every reference that remains points to an earlier event, so it stays resolvable.
 */
final class EpisodeCut {
    private EpisodeCut() {}

    /**
     * Assembles the episode of a timeline.
     *
     * @param t the finished timeline
     * @param episodeId the episode id
     * @param number a number unique within the generator, for the A-number and subject id
     * @return the episode
     */
    static CustodyEpisode assemble(EpisodeTimeline t, String episodeId, long number) {
        Site home = t.home();
        boolean open = t.settings().openAtEnd() && !t.admitted() && t.end().isAfter(home.periodEnd());
        Instant cut = open ? home.periodEnd() : t.end();
        List<MedicalEvent> kept = new ArrayList<>(t.events().size());
        for (MedicalEvent event : t.events()) {
            if (!event.at().isAfter(cut)) {
                kept.add(event);
            }
        }
        kept.sort(Comparator.comparing(MedicalEvent::at));
        CustodyEpisode.Builder b = CustodyEpisode.builder()
                .episodeId(episodeId)
                .detainee(detainee(t, number))
                .addFacilities(home.facility())
                .bookIn(BookIn.builder().at(t.bookIn()).facilityId(home.facilityId()).holdRoom(t.bookInRoom()).build())
                .addAllEvents(kept);
        TransferPlan transfer = t.transfer();
        if (transfer != null && !transfer.at().isAfter(cut)) {
            b.addFacilities(transfer.target().facility());
        }
        if (!open) {
            b.bookOut(BookOut.builder().at(t.end()).disposition(t.disposition()).build());
        }
        return b.build();
    }

    private static Detainee detainee(EpisodeTimeline t, long number) {
        Profile p = t.profile();
        Maternity m = t.maternity();
        ArrivalGroup g = t.group();
        LocalDate bookInDate = LocalDate.ofInstant(t.bookIn(), t.home().zone());
        Detainee.Builder d = Detainee.builder()
                .subjectId("SUBJ-SYN-" + number)
                .sex(p.sex())
                .populationClass(p.populationClass())
                .ageBasis(p.ageBasis())
                .medicallyHighRisk(t.needs().highRisk())
                .postpartum(m.postpartum())
                .nursing(m.nursing())
                .language(LanguageProfile.builder().preferred(g.language()).interpreterNeeded(g.interpreterNeeded())
                        .build());
        if (p.estimatedAge()) {
            d.estimatedAgeYears(p.age());
        } else {
            d.dateOfBirth(bookInDate.minusYears(p.age()).minusDays(p.birthdayOffset()));
        }
        if (p.identified()) {
            PersonalIdentifiers.Builder ids = PersonalIdentifiers.builder().familyName(g.familyName())
                    .givenName(p.givenName());
            if (p.aNumber()) {
                ids.aNumber(String.format(Locale.ROOT, "A-SYN-%09d", number));
            }
            d.identifiers(ids.build());
        }
        if (g.familyUnitId() != null) {
            d.familyUnitId(g.familyUnitId());
        }
        if (m.pregnancyKnownAtBookIn()) {
            d.pregnancy(Pregnancy.builder().weeks(m.weeks()).basis(m.basis()).build());
        }
        return d.build();
    }
}
