/**
 * The custody medical record: immutable values bound to JSON, and a payload validator that lists every
 * problem.
 */
// value annotations: consumers read @Generated; "module": the qualified export names a module built after this one
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic", "module"})
module gov.cbp.medical.model {
    requires static transitive org.immutables.value.annotations;
    requires transitive com.fasterxml.jackson.databind;
    requires transitive jakarta.validation;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;

    exports gov.cbp.medical.model.common;
    exports gov.cbp.medical.model.event;
    exports gov.cbp.medical.model.person;
    exports gov.cbp.medical.model.facility;
    exports gov.cbp.medical.model.custody;
    exports gov.cbp.medical.model.intake;
    exports gov.cbp.medical.model.care;
    exports gov.cbp.medical.model.monitoring;
    exports gov.cbp.medical.model.medication;
    exports gov.cbp.medical.model.publichealth;
    exports gov.cbp.medical.model.maternal;
    exports gov.cbp.medical.model.json;
    exports gov.cbp.medical.model.validation;
    // The one problem collector, message mechanism and pointer helper, shared with the rules' document readers.
    exports gov.cbp.medical.model.validation.reading to gov.cbp.medical.rules;

    // Open to every module, not only to Jackson 2: Jackson 3, Hibernate Validator or any other Bean Validation
    // provider, and frameworks reflect on the generated (package-private) Immutable* classes.
    opens gov.cbp.medical.model.common;
    opens gov.cbp.medical.model.event;
    opens gov.cbp.medical.model.person;
    opens gov.cbp.medical.model.facility;
    opens gov.cbp.medical.model.custody;
    opens gov.cbp.medical.model.intake;
    opens gov.cbp.medical.model.care;
    opens gov.cbp.medical.model.monitoring;
    opens gov.cbp.medical.model.medication;
    opens gov.cbp.medical.model.publichealth;
    opens gov.cbp.medical.model.maternal;
    opens gov.cbp.medical.model.validation;
    // The class-level constraint's validator, found through the service below and built by any provider.
    opens gov.cbp.medical.model.validation.internal;
    // The bundled samples, readable as resources from other modules.
    opens gov.cbp.medical.model.samples;

    provides com.fasterxml.jackson.databind.Module with gov.cbp.medical.model.json.MedicalJsonModule;
    provides jakarta.validation.ConstraintValidator
            with gov.cbp.medical.model.validation.internal.ConsistentEpisodeValidator;
}
