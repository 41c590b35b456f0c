/**
 * The custody medical record: immutable values bound to JSON, and a payload validator that lists every
 * problem.
 */
module gov.cbp.medical.model {
    requires static org.immutables.value.annotations;
    requires transitive com.fasterxml.jackson.databind;
    requires transitive jakarta.validation;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires org.hibernate.validator;

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

    // Jackson binds the generated (package-private) Immutable* classes; Hibernate Validator reads their accessors.
    opens gov.cbp.medical.model.common to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens gov.cbp.medical.model.event to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens gov.cbp.medical.model.person to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens gov.cbp.medical.model.facility to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens gov.cbp.medical.model.custody to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens gov.cbp.medical.model.intake to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens gov.cbp.medical.model.care to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens gov.cbp.medical.model.monitoring to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens gov.cbp.medical.model.medication to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens gov.cbp.medical.model.publichealth to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens gov.cbp.medical.model.maternal to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens gov.cbp.medical.model.validation to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens gov.cbp.medical.model.validation.internal to org.hibernate.validator;

    provides jakarta.validation.ConstraintValidator
            with gov.cbp.medical.model.validation.internal.ConsistentEpisodeValidator;
}
