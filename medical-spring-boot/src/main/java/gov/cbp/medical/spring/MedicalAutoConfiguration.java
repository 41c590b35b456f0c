package gov.cbp.medical.spring;

import gov.cbp.medical.jackson3.MedicalJackson3Module;
import gov.cbp.medical.model.json.MedicalJsonModule;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.standard.Catalogue;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Boot auto-configuration of the custody medical library.
 *
 * <ul>
 *   <li>The model's Jackson modules as beans: {@link MedicalJackson3Module} for Spring Boot 4's Jackson 3
 *       mapper, and {@link MedicalJsonModule} for an application that keeps a Jackson 2 mapper, so
 *       {@code @RequestBody CustodyEpisode} binds and episodes are written as the payload format says.</li>
 *   <li>One shared, thread-safe {@link PayloadValidator} and {@link Evaluator} (the baseline catalogue),
 *       each replaced by an application's own bean.</li>
 *   <li>Bean Validation needs nothing here: Spring's default validator sees every constraint of an episode
 *       through the model's class-level constraint, so {@code @Valid} reports every problem.</li>
 *   <li>In servlet web applications, {@link PayloadProblems}: invalid payloads answered as RFC 9457
 *       problem details listing every problem (turn off with
 *       {@code cbp.medical.problem-details.enabled=false}).</li>
 * </ul>
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
public class MedicalAutoConfiguration {
    /** Creates the auto-configuration; Spring calls it. */
    public MedicalAutoConfiguration() {}

    /**
     * The payload validator with its defaults (system UTC clock, 5 minutes' tolerance for future times).
     *
     * @return the validator, not null
     */
    @Bean
    @ConditionalOnMissingBean
    public PayloadValidator medicalPayloadValidator() {
        return PayloadValidator.create();
    }

    /**
     * The evaluator of episodes against the baseline catalogue of standards.
     *
     * @return the evaluator, not null
     */
    @Bean
    @ConditionalOnMissingBean
    public Evaluator medicalEvaluator() {
        return Evaluator.of(Catalogue.baseline());
    }

    /** The Jackson 3 module, registered by Spring Boot with its {@code JsonMapper}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "tools.jackson.databind.JacksonModule")
    static class Jackson3 {
        @Bean
        @ConditionalOnMissingBean
        MedicalJackson3Module medicalJackson3Module() {
            return new MedicalJackson3Module();
        }
    }

    /** The Jackson 2 module, for an application that configures a Jackson 2 {@code ObjectMapper}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "com.fasterxml.jackson.databind.Module")
    static class Jackson2 {
        @Bean
        @ConditionalOnMissingBean
        MedicalJsonModule medicalJsonModule() {
            return new MedicalJsonModule();
        }
    }

    /** Problem details for invalid payloads, in servlet web applications. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
    @ConditionalOnBooleanProperty(name = "cbp.medical.problem-details.enabled", matchIfMissing = true)
    static class ProblemDetails {
        @Bean
        @ConditionalOnMissingBean
        PayloadProblems medicalPayloadProblems() {
            return new PayloadProblems();
        }
    }
}
