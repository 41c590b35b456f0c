/** A consumer's module: reads only what it requires, like an application would. */
module org.example.consumer {
    requires transitive gov.cbp.medical.rules;
    requires transitive gov.cbp.medical.jackson3;

    exports org.example.consumer;
}
