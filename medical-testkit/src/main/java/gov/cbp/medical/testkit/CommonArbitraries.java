package gov.cbp.medical.testkit;

import static gov.cbp.medical.testkit.CodedArbitraries.coded;
import static gov.cbp.medical.testkit.TextArbitraries.identifiers;
import static gov.cbp.medical.testkit.TextArbitraries.languageTags;
import static gov.cbp.medical.testkit.TimeArbitraries.instants;

import gov.cbp.medical.model.common.Interpretation;
import gov.cbp.medical.model.common.InterpretationMode;
import gov.cbp.medical.model.common.Provenance;
import gov.cbp.medical.model.common.RecordSystem;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;

/** The values of {@code model.common}: provenance and interpretation. */
final class CommonArbitraries {
    private CommonArbitraries() {}

    static Arbitrary<Provenance> provenances() {
        return Builders.withBuilder(Provenance::builder)
                .use(instants()).withProbability(0.7).in((b, v) -> b.recordedAt(v))
                .use(identifiers()).withProbability(0.7).in((b, v) -> b.recordedBy(v))
                .use(coded(RecordSystem.class)).withProbability(0.7).in((b, v) -> b.system(v))
                .build(Provenance.Builder::build);
    }

    static Arbitrary<Interpretation> interpretations() {
        return Builders.withBuilder(Interpretation::builder)
                .use(coded(InterpretationMode.class)).in((b, v) -> b.mode(v))
                .use(languageTags()).withProbability(0.6).in((b, v) -> b.language(v))
                .use(identifiers()).withProbability(0.4).in((b, v) -> b.interpreterId(v))
                .build(Interpretation.Builder::build);
    }
}
