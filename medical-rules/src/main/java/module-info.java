/**
 * CBP medical standards as versioned data, an evaluator of custody episodes against them, the worklist of what
 * is due or overdue, and the impact of a change of version.
 */
module gov.cbp.medical.rules {
    requires transitive gov.cbp.medical.model;
    requires static org.immutables.value.annotations;

    exports gov.cbp.medical.rules.standard;
    exports gov.cbp.medical.rules.evaluation;
    exports gov.cbp.medical.rules.worklist;
    exports gov.cbp.medical.rules.impact;

    // Jackson binds the generated (package-private) Immutable* classes.
    opens gov.cbp.medical.rules.standard to com.fasterxml.jackson.databind;
    opens gov.cbp.medical.rules.evaluation to com.fasterxml.jackson.databind;
    opens gov.cbp.medical.rules.worklist to com.fasterxml.jackson.databind;
    opens gov.cbp.medical.rules.impact to com.fasterxml.jackson.databind;
}
