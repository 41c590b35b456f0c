/**
 * The model's annotation processor ({@link gov.cbp.medical.processor.ModelProcessor}): build only, it derives
 * from the event and value interfaces of {@code medical-model} the code and data that would otherwise repeat
 * them. Not published; the generated sources are part of {@code medical-model}.
 */
package gov.cbp.medical.processor;
