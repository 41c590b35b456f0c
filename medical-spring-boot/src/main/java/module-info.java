/**
 * Spring Boot 4 auto-configuration of the custody medical library: the model's Jackson modules, shared
 * {@code PayloadValidator} and {@code Evaluator} beans, and RFC 9457 problem details for invalid payloads.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"}) // Spring's jars are automatic modules
module gov.cbp.medical.spring {
    requires transitive gov.cbp.medical.rules;
    requires transitive gov.cbp.medical.jackson3;
    requires transitive spring.boot.autoconfigure;
    requires spring.boot;
    requires transitive spring.context;
    requires transitive spring.core;
    requires transitive spring.web;
    requires static spring.webmvc;

    exports gov.cbp.medical.spring;

    // Spring reflects on the auto-configuration and advice classes.
    opens gov.cbp.medical.spring;
}
