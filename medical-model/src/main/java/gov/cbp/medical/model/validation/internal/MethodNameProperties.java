package gov.cbp.medical.model.validation.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Treats every no-argument accessor as a property named like the method ({@code at()}, {@code events()}),
 * as Immutables value types are written. Hibernate Validator's default only sees {@code getX()}/{@code isX()}
 * and would silently skip every constraint of the model.
 */
public final class MethodNameProperties implements GetterPropertySelectionStrategy {
    private static final Set<String> NOT_PROPERTIES = Set.of("hashCode", "toString", "getClass", "builder",
            "toBuilder", "timeline", "eventsById", "type", "clone", "notify", "notifyAll", "wait");

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
        String name = executable.getName();
        if (executable.getParameterTypes().length != 0 || executable.getReturnType() == void.class
                || NOT_PROPERTIES.contains(name)) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
        return List.of(propertyName);
    }
}
