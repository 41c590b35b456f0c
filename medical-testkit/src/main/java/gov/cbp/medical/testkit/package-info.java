/**
 * Test data for the custody medical model, all of it synthetic.
 *
 * <ul>
 *   <li>{@link gov.cbp.medical.testkit.ModelArbitraries}: jqwik arbitraries for every enum, value type and
 *       event type of the model, and for whole episodes that the payload validator accepts without any problem.
 *       {@link gov.cbp.medical.testkit.ModelArbitraryProvider} makes them the default for {@code @ForAll}
 *       parameters of model types.</li>
 *   <li>{@link gov.cbp.medical.testkit.EpisodeGenerator}: a seeded generator of realistic synthetic
 *       episodes for the facilities, days and arrivals that {@link gov.cbp.medical.testkit.GeneratorSettings}
 *       describe; the same settings give the same bytes. It does not use jqwik.</li>
 *   <li>{@link gov.cbp.medical.testkit.BundledSamples}: the sample files shipped in the model's jar.</li>
 * </ul>
 *
 * <pre>
 * // a property over valid episodes
 * &#64;Property
 * void myEvaluator_neverThrows(&#64;ForAll CustodyEpisode episode) { ... }
 *
 * // a week of four facilities as JSON Lines
 * GeneratorSettings settings = GeneratorSettings.builder().seed(42).facilities(4).days(7).build();
 * try (OutputStream out = Files.newOutputStream(Path.of("episodes.jsonl"))) {
 *     EpisodeGenerator.of(settings).writeJsonLines(out);
 * }
 * </pre>
 */
package gov.cbp.medical.testkit;
