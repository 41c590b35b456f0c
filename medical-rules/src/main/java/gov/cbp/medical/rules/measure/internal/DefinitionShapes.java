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

    private static final Shape CRITERION = Shape.object()
            .required("kind", Shape.code(CriterionKind.codes()))
            .optional("requirements", Shape.array(Shape.string(ID), MAX_ITEMS))
            .optional("quantifier", Shape.code(Quantifier.codes()))
            .optional("statuses", Shape.array(Shape.code(STATUS_CODES), MAX_ITEMS))
            .optional("values", Shape.array(Shape.string(ID), MAX_ITEMS))
            .optional("min", Shape.integer(0, 150))
            .optional("max", Shape.integer(0, 150))
            .optional("criteria", Shape.array(Shape.lazy(DefinitionShapes::criterion), MAX_ITEMS));

    private static final Shape OBSERVATION = Shape.object()
            .required("attribute", Shape.code(ObservationAttribute.codes()))
            .optional("requirements", Shape.array(Shape.string(ID), MAX_ITEMS))
            .optional("statuses", Shape.array(Shape.code(STATUS_CODES), MAX_ITEMS))
            .optional("aggregate", Shape.code(ObservationAggregate.codes()))
            .required("unit", Shape.code(DurationUnit.codes()))
            .optional("cap", Shape.integer(1, Observation.MAX_CAP));

    private static final Shape STRATIFIER = Shape.object()
            .required("id", Shape.string(ID))
            .optional("title", Shape.string(Shape.MAX_TEXT))
            .required("dimensions", Shape.array(Shape.code(StratifierDimension.codes()), MAX_ITEMS))
            .optional("ageBands", Shape.array(Shape.integer(0, 150), MAX_ITEMS));

    private static final Shape MEASURE = Shape.object()
            .required("id", Shape.string(ID))
            .required("version", Shape.string(ID))
            .required("title", Shape.string(Shape.MAX_TEXT))
            .required("description", Shape.string(Shape.MAX_TEXT))
            .required("requirementIds", Shape.array(Shape.string(ID), MAX_ITEMS))
            .optional("basis", Shape.code(PopulationBasis.codes()))
            .required("scoring", Shape.code(Scoring.codes()))
            .required("improvementNotation", Shape.code(ImprovementNotation.codes()))
            .required("initialPopulation", CRITERION)
            .optional("denominator", CRITERION)
            .optional("denominatorExclusion", CRITERION)
            .optional("numerator", CRITERION)
            .optional("numeratorExclusion", CRITERION)
            .optional("observation", OBSERVATION)
            .optional("stratifiers", Shape.array(STRATIFIER, MAX_ITEMS));

    private static final Shape MEASURE_SET = Shape.object()
            .optional("formatVersion", Shape.string(ID))
            .required("id", Shape.string(ID))
            .required("version", Shape.string(ID))
            .required("title", Shape.string(Shape.MAX_TEXT))
            .optional("description", Shape.string(Shape.MAX_TEXT))
            .optional("stratifiers", Shape.array(STRATIFIER, MAX_ITEMS))
            .required("measures", Shape.array(MEASURE, MAX_MEASURES));

    private DefinitionShapes() {}

    private static Shape criterion() {
        return CRITERION;
    }

    /**
     * The shape of a measure-set document.
     *
     * @return the shape
     */
    public static Shape measureSet() {
        return MEASURE_SET;
    }
}
