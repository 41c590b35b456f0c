package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.custody.ProvisionItem;
import gov.cbp.medical.model.custody.ProvisionOffered;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * What custody provides (TEDS food, water, hygiene): water at book-in, a snack for juveniles and pregnant
 * people, a meal about every six hours, infant formula every three to four and a half hours, and a shower with
 * hygiene items within 48 hours for juveniles and 72 for adults.
 */
final class Provisions implements TimelineContributor {
    @Override
    public void contribute(EpisodeTimeline t) {
        SplittableRandom r = t.random();
        Instant bookIn = t.bookIn();
        t.add(ProvisionOffered.builder().id(t.id()).at(bookIn.plus(Rand.minutes(r, 0, 30)))
                .item(ProvisionItem.WATER).build());
        if (t.person().juvenile() || t.maternity().pregnant()) {
            if (!Rand.chance(r, t.settings().missedActShare())) {
                t.add(ProvisionOffered.builder().id(t.id()).at(bookIn.plus(Rand.minutes(r, 0, 45)))
                        .item(ProvisionItem.SNACK).declined(Rand.chance(r, 0.03)).build());
            }
        }
        Instant meal = bookIn.plus(Rand.minutes(r, 20, 180));
        while (!meal.isAfter(t.end())) {
            if (!Rand.chance(r, t.settings().missedActShare())) {
                t.add(ProvisionOffered.builder().id(t.id()).at(meal).item(ProvisionItem.MEAL)
                        .declined(Rand.chance(r, 0.04)).build());
            }
            meal = meal.plus(Duration.ofHours(6)).plus(Rand.minutes(r, -45, 45));
            if (Rand.chance(r, t.settings().lateActShare() / 2)) {
                meal = meal.plus(Rand.minutes(r, 30, 180));
            }
        }
        if (t.profile().age() <= 1) {
            Instant feed = bookIn.plus(Rand.minutes(r, 10, 90));
            while (!feed.isAfter(t.end())) {
                t.add(ProvisionOffered.builder().id(t.id()).at(feed).item(ProvisionItem.INFANT_FORMULA).build());
                feed = feed.plus(Rand.minutes(r, 180, 270));
            }
        }
        Instant shower = t.person().juvenile() ? t.due(bookIn, Duration.ofHours(48), Duration.ofHours(20))
                : t.due(bookIn, Duration.ofHours(72), Duration.ofHours(36));
        if (shower != null) {
            t.add(ProvisionOffered.builder().id(t.id()).at(shower).item(ProvisionItem.SHOWER)
                    .declined(Rand.chance(r, 0.05)).build());
            t.add(ProvisionOffered.builder().id(t.id()).at(shower.plus(Rand.minutes(r, 0, 5)))
                    .item(ProvisionItem.HYGIENE).build());
        }
    }
}
