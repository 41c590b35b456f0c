/**
 * Test support for the custody medical model: jqwik arbitraries for every model type and for whole valid
 * episodes, and a seeded generator of realistic synthetic custody episodes.
 *
 * <p>Every name, identifier and note this module produces is synthetic and marked as such.
 */
@SuppressWarnings("requires-automatic") // value annotations: compile time only
module gov.cbp.medical.testkit {
    requires transitive gov.cbp.medical.model;
    requires transitive net.jqwik.api;
    requires static org.immutables.value.annotations;

    exports gov.cbp.medical.testkit;

    provides net.jqwik.api.providers.ArbitraryProvider with gov.cbp.medical.testkit.ModelArbitraryProvider;
}
