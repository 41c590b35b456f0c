/**
 * CBP medical standards as versioned data: {@link gov.cbp.medical.rules.standard.Standard} versions holding
 * {@link gov.cbp.medical.rules.standard.Requirement}s, gathered in a
 * {@link gov.cbp.medical.rules.standard.Catalogue} that is loaded from JSON with every problem listed, and local
 * policies layered over the baseline.
 *
 * <p>The requirement ids are those of the domain brief, section 4 (for example {@code EMD-INTERVIEW-JUV},
 * {@code TEDS-WELFARE}, {@code TVPRA-TRANSFER}).
 */
package gov.cbp.medical.rules.standard;
