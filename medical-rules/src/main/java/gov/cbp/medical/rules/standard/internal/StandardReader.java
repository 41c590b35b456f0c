package gov.cbp.medical.rules.standard.internal;

import static gov.cbp.medical.model.validation.reading.Pointer.append;

import com.fasterxml.jackson.databind.JsonNode;
import gov.cbp.medical.model.facility.Component;
import gov.cbp.medical.model.facility.MedicalSupportLevel;
import gov.cbp.medical.model.facility.SurgeLevel;
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.model.validation.reading.Messages;
import gov.cbp.medical.model.validation.reading.ProblemCollector;
import gov.cbp.medical.rules.internal.EventVocabulary;
import gov.cbp.medical.rules.standard.Applicability;
import gov.cbp.medical.rules.standard.Citation;
import gov.cbp.medical.rules.standard.Condition;
import gov.cbp.medical.rules.standard.IntegrityCheck;
import gov.cbp.medical.rules.standard.Lapse;
import gov.cbp.medical.rules.standard.MaternalState;
import gov.cbp.medical.rules.standard.Occurrence;
import gov.cbp.medical.rules.standard.Recurrence;
import gov.cbp.medical.rules.standard.RecurrenceMode;
import gov.cbp.medical.rules.standard.RecurrenceWindow;
import gov.cbp.medical.rules.standard.Requirement;
import gov.cbp.medical.rules.standard.RequirementSeverity;
import gov.cbp.medical.rules.standard.RuleKind;
import gov.cbp.medical.rules.standard.Satisfaction;
import gov.cbp.medical.rules.standard.Satisfier;
import gov.cbp.medical.rules.standard.SatisfierScope;
import gov.cbp.medical.rules.standard.SourceKind;
import gov.cbp.medical.rules.standard.Standard;
import gov.cbp.medical.rules.standard.Trigger;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Map;
import java.util.Set;

/**
 * Reads one standard document (a JSON tree) into a {@link Standard}, reporting every structural problem. Parts
 * that cannot be read are left out, so that the rest is still read and checked.
 */
public final class StandardReader {
    static final Set<String> STANDARD_FIELDS = Set.of("id", "title", "authority", "version", "effectiveFrom",
            "effectiveTo", "sourceDocument", "note", "requirements", "integrityChecks");
    static final Set<String> REQUIREMENT_FIELDS = Set.of("id", "title", "text", "citation", "severity", "provenance",
            "provenanceNote", "rule", "applicability", "triggers", "occurs", "satisfaction", "deadline", "target",
            "recurrence", "tolerance", "lapse", "closesAtDeadline", "notComputableReason");
    static final Set<String> APPLICABILITY_FIELDS = Set.of("populationClasses", "minAgeYears", "maxAgeYears",
            "maternalStates", "components", "medicalSupport", "surgeLevels", "interpreterNeeded");
    static final Set<String> TRIGGER_FIELDS = Set.of("on", "where", "conditions", "applicability", "deadline");
    static final Set<String> SATISFIER_FIELDS = Set.of("event", "where", "conditions", "linkField", "exemptWhere", "scope");

    /** The bundle of catalogue, standard and local-policy problems, keyed by code plus {@code .message}. */
    private static final String BUNDLE = "gov.cbp.medical.rules.standard.internal.Messages";
    /** The code of the problem that closes a document's list when problems beyond the limit were dropped. */
    private static final String TRUNCATED = "catalogue.problems.truncated";

    private final TreeReader tree;

    /**
     * A reader reporting to a collector.
     *
     * @param sink the collector
     */
    public StandardReader(ProblemCollector sink) {
        this.tree = new TreeReader(sink, "standard");
    }

    /**
     * The messages of catalogue, standard and local-policy problems.
     *
     * @param locale the locale, not null
     * @return the messages, not null
     */
    public static Messages messages(Locale locale) {
        return Messages.of(ResourceBundle.getBundle(BUNDLE, locale));
    }

    /**
     * A collector for the problems of one catalogue or local policy.
     *
     * @return a new collector, not null
     */
    public static ProblemCollector problems() {
        return new ProblemCollector(TRUNCATED);
    }

    /**
     * Reads a standard.
     *
     * @param node the document
     * @param pointer the pointer of the document
     * @return the standard, or null if it could not be built
     */
    public Standard read(JsonNode node, String pointer) {
        return read(node, pointer, new ArrayList<>());
    }

    /**
     * Reads a standard, recording the pointer of each requirement read.
     *
     * @param node the document
     * @param pointer the pointer of the document
     * @param requirementPointers receives the pointer of each requirement of the result, in order
     * @return the standard, or null if it could not be built
     */
    public Standard read(JsonNode node, String pointer, List<String> requirementPointers) {
        if (!node.isObject()) {
            tree.problems().error("catalogue.json.notObject", pointer);
            return null;
        }
        long before = tree.problems().count();
        tree.knownFields(node, pointer, STANDARD_FIELDS);
        String id = tree.text(node, pointer, "id", true);
        String title = tree.text(node, pointer, "title", true);
        String authority = tree.text(node, pointer, "authority", true);
        String version = tree.text(node, pointer, "version", true);
        LocalDate from = tree.date(node, pointer, "effectiveFrom", true);
        LocalDate to = tree.date(node, pointer, "effectiveTo", false);
        String source = tree.text(node, pointer, "sourceDocument", true);
        List<JsonNode> requirementNodes = tree.array(node, pointer, "requirements", true);
        List<Requirement> requirements = new ArrayList<>();
        if (requirementNodes != null) {
            for (int i = 0; i < requirementNodes.size(); i++) {
                Requirement requirement = requirement(requirementNodes.get(i), append(append(pointer, "requirements"), i));
                if (requirement != null) {
                    requirements.add(requirement);
                    requirementPointers.add(append(append(pointer, "requirements"), i));
                }
            }
        }
        List<IntegrityCheck> checks = new IntegrityCheckReader(tree).read(node, pointer);
        if (tree.problems().count() > before && (id == null || title == null || authority == null || version == null
                || from == null || source == null || requirementNodes == null)) {
            return null;
        }
        Standard.Builder builder = Standard.builder().id(id).title(title).authority(authority).version(version)
                .effectiveFrom(from).sourceDocument(source).requirements(requirements).integrityChecks(checks);
        if (to != null) {
            builder.effectiveTo(to);
        }
        tree.optionalText(node, pointer, "note").ifPresent(builder::note);
        return builder.build();
    }

    private Requirement requirement(JsonNode node, String pointer) {
        if (!node.isObject()) {
            tree.problems().error("standard.field.type", pointer, "requirements", "an array of objects");
            return null;
        }
        long before = tree.problems().count();
        tree.knownFields(node, pointer, REQUIREMENT_FIELDS);
        String id = tree.text(node, pointer, "id", true);
        String title = tree.text(node, pointer, "title", true);
        String text = tree.text(node, pointer, "text", true);
        Citation citation = citation(node, pointer);
        RequirementSeverity severity = tree.code(node, pointer, "severity", RequirementSeverity.codes(), true);
        List<SourceKind> provenance = tree.codes(node, pointer, "provenance", SourceKind.codes());
        if (provenance != null && provenance.isEmpty()) {
            tree.problems().error("standard.provenance.empty", append(pointer, "provenance"));
            provenance = null;
        }
        RuleKind rule = tree.code(node, pointer, "rule", RuleKind.codes(), true);
        JsonNode applicabilityNode = tree.object(node, pointer, "applicability", false);
        Applicability applicability = applicabilityNode == null ? Applicability.EVERYONE
                : applicability(applicabilityNode, append(pointer, "applicability"));
        List<Trigger> triggers = new ArrayList<>();
        List<JsonNode> triggerNodes = tree.array(node, pointer, "triggers", false);
        boolean triggersOk = true;
        if (triggerNodes != null) {
            for (int i = 0; i < triggerNodes.size(); i++) {
                Trigger trigger = trigger(triggerNodes.get(i), append(append(pointer, "triggers"), i));
                if (trigger == null) {
                    triggersOk = false;
                } else {
                    triggers.add(trigger);
                }
            }
        }
        Occurrence occurs = tree.code(node, pointer, "occurs", Occurrence.codes(), false);
        JsonNode satisfactionNode = tree.object(node, pointer, "satisfaction", false);
        Satisfaction satisfaction = satisfactionNode == null ? null : satisfaction(satisfactionNode, append(pointer, "satisfaction"));
        Duration deadline = tree.duration(node, pointer, "deadline", false);
        JsonNode recurrenceNode = tree.object(node, pointer, "recurrence", false);
        Recurrence recurrence = recurrenceNode == null ? null : recurrence(recurrenceNode, append(pointer, "recurrence"));
        Duration tolerance = tree.duration(node, pointer, "tolerance", false);
        Duration target = tree.duration(node, pointer, "target", false);
        Lapse lapse = tree.code(node, pointer, "lapse", Lapse.codes(), false);
        Boolean closes = tree.flag(node, pointer, "closesAtDeadline");
        if (tree.problems().count() > before || id == null || applicability == null || !triggersOk) {
            return null;
        }
        Requirement.Builder builder = Requirement.builder().id(id).title(title).text(text).citation(citation)
                .severity(severity).provenance(provenance).rule(rule).applicability(applicability).triggers(triggers);
        tree.optionalText(node, pointer, "provenanceNote").ifPresent(builder::provenanceNote);
        tree.optionalText(node, pointer, "notComputableReason").ifPresent(builder::notComputableReason);
        if (occurs != null) {
            builder.occurs(occurs);
        }
        if (satisfaction != null) {
            builder.satisfaction(satisfaction);
        }
        if (deadline != null) {
            builder.deadline(deadline);
        }
        if (recurrence != null) {
            builder.recurrence(recurrence);
        }
        if (tolerance != null) {
            builder.tolerance(tolerance);
        }
        if (target != null) {
            builder.target(target);
        }
        ChronoUnit unit = writtenUnit(node);
        if (unit != null) {
            builder.durationUnit(unit);
        }
        if (lapse != null) {
            builder.lapse(lapse);
        }
        if (closes != null) {
            builder.closesAtDeadline(closes);
        }
        return builder.build();
    }

    /**
     * The largest unit of the first non-zero duration the document writes for the requirement (deadline, else the
     * interval, the tolerance, the target, a trigger's deadline): {@code PT72H} is written in hours, {@code PT60M}
     * in minutes. Null when none is written: the requirement's default applies.
     */
    private static ChronoUnit writtenUnit(JsonNode node) {
        List<JsonNode> written = new ArrayList<>();
        written.add(node.get("deadline"));
        JsonNode recurrence = node.get("recurrence");
        written.add(recurrence == null ? null : recurrence.get("every"));
        written.add(node.get("tolerance"));
        written.add(node.get("target"));
        JsonNode triggers = node.get("triggers");
        if (triggers != null && triggers.isArray()) {
            triggers.forEach(t -> written.add(t.get("deadline")));
        }
        for (JsonNode text : written) {
            ChronoUnit unit = text != null && text.isTextual() ? largestUnit(text.asText()) : null;
            if (unit != null) {
                return unit;
            }
        }
        return null;
    }

    /** The largest unit with a non-zero number in an ISO-8601 duration, seconds counting as minutes; null if none. */
    static ChronoUnit largestUnit(String iso) {
        boolean time = false;
        int digits = 0;
        boolean nonZero = false;
        for (int i = 0; i < iso.length(); i++) {
            char c = Character.toUpperCase(iso.charAt(i));
            if (Character.isDigit(c) || c == '.' || c == ',') {
                nonZero |= c >= '1' && c <= '9';
                digits++;
                continue;
            }
            if (c == 'T') {
                time = true;
            } else if (digits > 0 && nonZero) {
                if (!time && c == 'D') {
                    return ChronoUnit.DAYS;
                }
                if (time && c == 'H') {
                    return ChronoUnit.HOURS;
                }
                if (time && (c == 'M' || c == 'S')) {
                    return ChronoUnit.MINUTES;
                }
            }
            digits = 0;
            nonZero = false;
        }
        return null;
    }

    private Citation citation(JsonNode parent, String pointer) {
        return citation(tree, parent, pointer);
    }

    /** Reads the required {@code citation} object of a requirement or an integrity check: one shape for both. */
    static Citation citation(TreeReader tree, JsonNode parent, String pointer) {
        JsonNode node = tree.object(parent, pointer, "citation", true);
        if (node == null) {
            return null;
        }
        String here = append(pointer, "citation");
        tree.knownFields(node, here, Set.of("document", "section"));
        String document = tree.text(node, here, "document", true);
        String section = tree.text(node, here, "section", true);
        return document == null || section == null ? null : Citation.of(document, section);
    }

    /**
     * Reads an applicability object.
     *
     * @param node the object
     * @param pointer its pointer
     * @return the applicability, or null if a part could not be read
     */
    Applicability applicability(JsonNode node, String pointer) {
        long before = tree.problems().count();
        tree.knownFields(node, pointer, APPLICABILITY_FIELDS);
        List<PopulationClass> classes = tree.codes(node, pointer, "populationClasses", PopulationClass.codes());
        Integer min = tree.integer(node, pointer, "minAgeYears", 0, 130);
        Integer max = tree.integer(node, pointer, "maxAgeYears", 0, 130);
        List<MaternalState> maternal = tree.codes(node, pointer, "maternalStates", MaternalState.codes());
        List<Component> components = tree.codes(node, pointer, "components", Component.codes());
        List<MedicalSupportLevel> support = tree.codes(node, pointer, "medicalSupport", MedicalSupportLevel.codes());
        List<SurgeLevel> surge = tree.codes(node, pointer, "surgeLevels", SurgeLevel.codes());
        Boolean interpreter = tree.flag(node, pointer, "interpreterNeeded");
        if (min != null && max != null && min > max) {
            tree.problems().error("standard.age.order", pointer);
        }
        if (tree.problems().count() > before) {
            return null;
        }
        Applicability.Builder builder = Applicability.builder().populationClasses(classes).maternalStates(maternal)
                .components(components).medicalSupport(support).surgeLevels(surge);
        if (min != null) {
            builder.minAgeYears(min);
        }
        if (max != null) {
            builder.maxAgeYears(max);
        }
        if (interpreter != null) {
            builder.interpreterNeeded(interpreter);
        }
        return builder.build();
    }

    private Trigger trigger(JsonNode node, String pointer) {
        if (!node.isObject()) {
            tree.problems().error("standard.field.type", pointer, "triggers", "an array of objects");
            return null;
        }
        long before = tree.problems().count();
        tree.knownFields(node, pointer, TRIGGER_FIELDS);
        String on = EventVocabulary.canonical(tree.text(node, pointer, "on", true));
        Map<String, List<String>> where = tree.valueMap(node, pointer, "where");
        List<Condition> conditions = tree.codes(node, pointer, "conditions", Condition.codes());
        JsonNode applicabilityNode = tree.object(node, pointer, "applicability", false);
        Applicability applicability = applicabilityNode == null ? null
                : applicability(applicabilityNode, append(pointer, "applicability"));
        Duration deadline = tree.duration(node, pointer, "deadline", false);
        if (tree.problems().count() > before) {
            return null;
        }
        Trigger.Builder builder = Trigger.builder().on(on).where(where).conditions(conditions);
        if (applicability != null) {
            builder.applicability(applicability);
        }
        if (deadline != null) {
            builder.deadline(deadline);
        }
        return builder.build();
    }

    private Satisfaction satisfaction(JsonNode node, String pointer) {
        long before = tree.problems().count();
        tree.knownFields(node, pointer, Set.of("anyOf", "allOf"));
        List<Satisfier> anyOf = satisfiers(node, pointer, "anyOf");
        List<Satisfier> allOf = satisfiers(node, pointer, "allOf");
        if (tree.problems().count() > before) {
            return null;
        }
        if (anyOf.isEmpty() == allOf.isEmpty()) {
            tree.problems().error("standard.satisfaction.oneList", pointer);
            return null;
        }
        return anyOf.isEmpty() ? Satisfaction.allOf(allOf.toArray(new Satisfier[0]))
                : Satisfaction.anyOf(anyOf.toArray(new Satisfier[0]));
    }

    private List<Satisfier> satisfiers(JsonNode parent, String pointer, String name) {
        List<Satisfier> result = new ArrayList<>();
        List<JsonNode> nodes = tree.array(parent, pointer, name, false);
        if (nodes == null) {
            return result;
        }
        for (int i = 0; i < nodes.size(); i++) {
            String here = append(append(pointer, name), i);
            JsonNode node = nodes.get(i);
            if (!node.isObject()) {
                tree.problems().error("standard.field.type", here, name, "an array of objects");
                continue;
            }
            long before = tree.problems().count();
            tree.knownFields(node, here, SATISFIER_FIELDS);
            String event = EventVocabulary.canonical(tree.text(node, here, "event", true));
            Map<String, List<String>> where = tree.valueMap(node, here, "where");
            List<Condition> conditions = tree.codes(node, here, "conditions", Condition.codes());
            String link = tree.text(node, here, "linkField", false);
            Map<String, List<String>> exempt = tree.valueMap(node, here, "exemptWhere");
            SatisfierScope scope = tree.code(node, here, "scope", SatisfierScope.codes(), false);
            if (tree.problems().count() > before) {
                continue;
            }
            Satisfier.Builder builder = Satisfier.builder().event(event).where(where).conditions(conditions)
                    .exemptWhere(exempt);
            if (link != null) {
                builder.linkField(link);
            }
            if (scope != null) {
                builder.scope(scope);
            }
            result.add(builder.build());
        }
        return result;
    }

    private Recurrence recurrence(JsonNode node, String pointer) {
        long before = tree.problems().count();
        tree.knownFields(node, pointer, Set.of("every", "during", "mode"));
        Duration every = tree.duration(node, pointer, "every", true);
        if (every == null && !node.has("every")) {
            tree.problems().error("standard.field.required", append(pointer, "every"), "every");
        }
        RecurrenceWindow during = tree.code(node, pointer, "during", RecurrenceWindow.codes(), true);
        RecurrenceMode mode = tree.code(node, pointer, "mode", RecurrenceMode.codes(), false);
        if (tree.problems().count() > before) {
            return null;
        }
        return mode == null ? Recurrence.of(every, during) : Recurrence.of(every, during, mode);
    }
}
