/**
 * Test data for the custody medical model, all of it synthetic.
 *
 * <ul>
 *   <li>{@link gov.cbp.medical.testkit.ModelArbitraries}: jqwik arbitraries for every enum, value type and
 *       event type of the model, and for whole episodes that the payload validator accepts without errors.
 *       {@link gov.cbp.medical.testkit.ModelArbitraryProvider} makes them the default for
 *       {@code @ForAll} parameters of model types.</li>
 *   <li>{@link gov.cbp.medical.testkit.EpisodeGenerator}: a seeded generator of realistic synthetic
 *       episodes for facilities, days and arrivals described by
 *       {@link gov.cbp.medical.testkit.GeneratorSettings}; the same settings give the same bytes. It does not
 *       use jqwik.</li>
 *   <li>{@link gov.cbp.medical.testkit.BundledSamples}: the sample files shipped in the model's jar.</li>
 * </ul>
 */
package gov.cbp.medical.testkit;
