/**
 * Record integrity: findings that say which evidence deserves doubt (entries made long after the event, many
 * entries made at once, implausibly regular times, one observer in two places, checks of a person who was
 * elsewhere), computed from each event's {@code provenance} and the episode's timeline by the integrity checks
 * of the standards catalogue ({@link gov.cbp.medical.rules.standard.IntegrityCheck}).
 *
 * <p>An {@link gov.cbp.medical.rules.integrity.IntegrityFinding} is not a compliance status: it names a check,
 * the events involved and the guidance it rests on. The evaluator attaches the ids of the checks that doubt a
 * compliance finding's evidence to that finding.
 */
package gov.cbp.medical.rules.integrity;
