/**
 * Synthetic sample payloads, as resources: {@code episodes.jsonl} (valid episodes, JSON Lines),
 * {@code unaccompanied-child.json} (one valid episode) and {@code invalid-episodes.jsonl} (one broken
 * episode per line). The package holds no classes; the module opens it so that the samples are readable with
 * {@code Module.getResourceAsStream} or {@code ClassLoader.getResource} from any module.
 */
package gov.cbp.medical.model.samples;
