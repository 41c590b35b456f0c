package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.testkit.GeneratorSettings;
import java.util.List;

/**
 * What every timeline of a generator shares: the settings, the facilities and the at-risk rounds.
 *
 * @param settings the settings
 * @param sites the facilities, by index
 * @param atRiskRounds the at-risk rounds of the settings
 */
record GeneratorContext(GeneratorSettings settings, List<Site> sites, AtRiskRounds atRiskRounds) {
    GeneratorContext {
        sites = List.copyOf(sites);
    }
}
