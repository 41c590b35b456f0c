package gov.cbp.medical.rules.measure.internal;

import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.measure.CriterionKind;
import gov.cbp.medical.rules.measure.DurationUnit;
import gov.cbp.medical.rules.measure.ImprovementNotation;
import gov.cbp.medical.rules.measure.Observation;
import gov.cbp.medical.rules.measure.ObservationAggregate;
import gov.cbp.medical.rules.measure.ObservationAttribute;
import gov.cbp.medical.rules.measure.PopulationBasis;
import gov.cbp.medical.rules.measure.Quantifier;
import gov.cbp.medical.rules.measure.Scoring;
import gov.cbp.medical.rules.measure.StratifierDimension;

/** The structure of a measure-set file, property by property. */
public final class DefinitionShapes {
    /** The most measures in one set. */
    public static final int MAX_MEASURES = 1_000;
    /** The most items in any list of a definition. */
    public static final int MAX_ITEMS = 200;
    private static final int ID = 64;
    private static final java.util.List<String> STATUS_CODES = gov.cbp.medical.model.common.CodeTable
            .of(FindingStatus.class).codes();

    private static final DefinitionShape CRITERION = DefinitionShape.object()
            .required("kind", DefinitionShape.code(CriterionKind.codes()))
            .optional("requirements", DefinitionShape.array(DefinitionShape.string(ID), MAX_ITEMS))
            .optional("quantifier", DefinitionShape.code(Quantifier.codes()))
            .optional("statuses", DefinitionShape.array(DefinitionShape.code(STATUS_CODES), MAX_ITEMS))
            .optional("values", DefinitionShape.array(DefinitionShape.string(ID), MAX_ITEMS))
            .optional("min", DefinitionShape.integer(0, 150))
            .optional("max", DefinitionShape.integer(0, 150))
            .optional("criteria", DefinitionShape.array(DefinitionShape.lazy(DefinitionShapes::criterion), MAX_ITEMS));

    private static final DefinitionShape OBSERVATION = DefinitionShape.object()
            .required("attribute", DefinitionShape.code(ObservationAttribute.codes()))
            .optional("requirements", DefinitionShape.array(DefinitionShape.string(ID), MAX_ITEMS))
            .optional("statuses", DefinitionShape.array(DefinitionShape.code(STATUS_CODES), MAX_ITEMS))
            .optional("aggregate", DefinitionShape.code(ObservationAggregate.codes()))
            .required("unit", DefinitionShape.code(DurationUnit.codes()))
            .optional("cap", DefinitionShape.integer(1, Observation.MAX_CAP));

    private static final DefinitionShape STRATIFIER = DefinitionShape.object()
            .required("id", DefinitionShape.string(ID))
            .optional("title", DefinitionShape.string(DefinitionShape.MAX_TEXT))
            .required("dimensions", DefinitionShape.array(DefinitionShape.code(StratifierDimension.codes()), MAX_ITEMS))
            .optional("ageBands", DefinitionShape.array(DefinitionShape.integer(0, 150), MAX_ITEMS));

    private static final DefinitionShape MEASURE = DefinitionShape.object()
            .required("id", DefinitionShape.string(ID))
            .required("version", DefinitionShape.string(ID))
            .required("title", DefinitionShape.string(DefinitionShape.MAX_TEXT))
            .required("description", DefinitionShape.string(DefinitionShape.MAX_TEXT))
            .required("requirementIds", DefinitionShape.array(DefinitionShape.string(ID), MAX_ITEMS))
            .optional("basis", DefinitionShape.code(PopulationBasis.codes()))
            .required("scoring", DefinitionShape.code(Scoring.codes()))
            .required("improvementNotation", DefinitionShape.code(ImprovementNotation.codes()))
            .required("initialPopulation", CRITERION)
            .optional("denominator", CRITERION)
            .optional("denominatorExclusion", CRITERION)
            .optional("numerator", CRITERION)
            .optional("numeratorExclusion", CRITERION)
            .optional("observation", OBSERVATION)
            .optional("stratifiers", DefinitionShape.array(STRATIFIER, MAX_ITEMS));

    private static final DefinitionShape MEASURE_SET = DefinitionShape.object()
            .optional("formatVersion", DefinitionShape.string(ID))
            .required("id", DefinitionShape.string(ID))
            .required("version", DefinitionShape.string(ID))
            .required("title", DefinitionShape.string(DefinitionShape.MAX_TEXT))
            .optional("description", DefinitionShape.string(DefinitionShape.MAX_TEXT))
            .optional("stratifiers", DefinitionShape.array(STRATIFIER, MAX_ITEMS))
            .required("measures", DefinitionShape.array(MEASURE, MAX_MEASURES));

    private DefinitionShapes() {}

    private static DefinitionShape criterion() {
        return CRITERION;
    }

    /**
     * The shape of a measure-set document.
     *
     * @return the shape
     */
    public static DefinitionShape measureSet() {
        return MEASURE_SET;
    }
}
