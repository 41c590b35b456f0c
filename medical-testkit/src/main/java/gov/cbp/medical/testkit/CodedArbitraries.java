package gov.cbp.medical.testkit;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** The constants of coded enums. */
final class CodedArbitraries {
    private CodedArbitraries() {}

    static <E extends Enum<E> & Coded> Arbitrary<E> coded(Class<E> type) {
        CodeTable<E> table = CodeTable.of(Objects.requireNonNull(type, "type"));
        return Arbitraries.of(table.codes()).map(table::fromCode);
    }

    static <E extends Enum<E> & Coded> Arbitrary<E> codedWithUnknown(Class<E> type) {
        return Arbitraries.of(Objects.requireNonNull(type, "type").getEnumConstants());
    }
}
