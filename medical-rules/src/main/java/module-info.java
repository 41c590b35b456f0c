/**
 * CBP medical standards as versioned data, an evaluator of custody episodes against them, the worklist of what
 * is due or overdue, the impact of a change of version, and Medical Quality Management measures.
 */
module gov.cbp.medical.rules {
    requires transitive gov.cbp.medical.model;
    requires static org.immutables.value.annotations;

    exports gov.cbp.medical.rules.standard;
    exports gov.cbp.medical.rules.evaluation;
    exports gov.cbp.medical.rules.integrity;
    exports gov.cbp.medical.rules.worklist;
    exports gov.cbp.medical.rules.impact;
    exports gov.cbp.medical.rules.measure;
    exports gov.cbp.medical.rules.measure.engine;
    exports gov.cbp.medical.rules.measure.report;
    exports gov.cbp.medical.rules.measure.digest;

    // Jackson binds the generated (package-private) Immutable* classes.
    opens gov.cbp.medical.rules.standard to com.fasterxml.jackson.databind;
    opens gov.cbp.medical.rules.evaluation to com.fasterxml.jackson.databind;
    opens gov.cbp.medical.rules.integrity to com.fasterxml.jackson.databind;
    opens gov.cbp.medical.rules.worklist to com.fasterxml.jackson.databind;
    opens gov.cbp.medical.rules.impact to com.fasterxml.jackson.databind;
    opens gov.cbp.medical.rules.measure to com.fasterxml.jackson.databind;
    opens gov.cbp.medical.rules.measure.engine to com.fasterxml.jackson.databind;
    opens gov.cbp.medical.rules.measure.report to com.fasterxml.jackson.databind;
}
