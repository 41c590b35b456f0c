package gov.cbp.medical.testkit;

import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Makes {@link ModelArbitraries} the default for {@code @ForAll} parameters of model types, so that
 * {@code @Property void p(@ForAll CustodyEpisode episode)} receives valid episodes and
 * {@code @ForAll Sex sex} never receives {@code UNKNOWN}.
 *
 * <p>Registered with jqwik through {@code META-INF/services} and the module descriptor. Its priority (1) is
 * above jqwik's built-in providers, so a coded enum gets {@link ModelArbitraries#coded(Class)} rather than
 * all its constants; an explicit {@code @From} or a domain still takes precedence.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ModelArbitraryProvider implements ArbitraryProvider {
    /** Creates the provider; jqwik does this through the service loader. */
    public ModelArbitraryProvider() {}

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return ModelArbitraries.forType(targetType.getRawType()).isPresent();
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        Optional<? extends Arbitrary<?>> arbitrary = ModelArbitraries.forType(targetType.getRawType());
        return arbitrary.<Set<Arbitrary<?>>>map(Set::of).orElse(Set.of());
    }

    /**
     * Above jqwik's defaults (0).
     *
     * @return 1
     */
    @Override
    public int priority() {
        return 1;
    }
}
