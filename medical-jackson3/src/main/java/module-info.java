/**
 * The custody medical model bound with Jackson 3 ({@code tools.jackson}): the same JSON as the model's
 * Jackson 2 binding, for applications (such as Spring Boot 4) whose mapper is Jackson 3.
 */
@SuppressWarnings("module") // the name says which Jackson: its terminal digit is meant
module gov.cbp.medical.jackson3 {
    requires transitive gov.cbp.medical.model;
    requires transitive tools.jackson.databind;

    exports gov.cbp.medical.jackson3;

    provides tools.jackson.databind.JacksonModule with gov.cbp.medical.jackson3.MedicalJackson3Module;
}
