package gov.cbp.medical.rules.standard;

import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.reading.Messages;
import gov.cbp.medical.rules.standard.internal.StandardReader;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The immutable result of loading a catalogue or layering a local policy: the catalogue, or every problem
 * found.
 *
 * <p>Problems are sorted by JSON Pointer, then code; their messages and arguments never contain a value read
 * from the input. A load with any problem at {@code ERROR} or above has no catalogue.
 *
 * <p>Implementation Requirements: immutable, thread-safe.
 *
 * @since 0.1
 */
public final class CatalogueLoad {
    private final Catalogue catalogue;
    private final List<Problem> problems;

    private CatalogueLoad(Catalogue catalogue, List<Problem> problems) {
        this.catalogue = catalogue;
        this.problems = List.copyOf(problems);
    }

    static CatalogueLoad of(Catalogue catalogue, List<Problem> problems) {
        boolean errors = problems.stream().anyMatch(problem -> problem.severity().isError());
        return new CatalogueLoad(errors ? null : Objects.requireNonNull(catalogue, "catalogue"), problems);
    }

    static CatalogueLoad failed(List<Problem> problems) {
        return new CatalogueLoad(null, problems);
    }

    /**
     * The catalogue, if it loaded without errors.
     *
     * @return the catalogue, empty if any problem is an error
     */
    public Optional<Catalogue> catalogue() {
        return Optional.ofNullable(catalogue);
    }

    /**
     * Every problem found, sorted by pointer then code.
     *
     * @return the problems, not null
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Every problem found, with its message in a locale: the same codes, pointers and arguments as
     * {@link #problems()} (whose messages are in the root, English, bundle, which is also the fallback).
     *
     * @param locale the locale, not null
     * @return the problems, sorted as {@link #problems()}, not null
     * @since 0.3
     */
    public List<Problem> problems(Locale locale) {
        Messages messages = StandardReader.messages(Objects.requireNonNull(locale, "locale"));
        return problems.stream().map(messages::render).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Whether the catalogue loaded.
     *
     * @return true if there is a catalogue
     */
    public boolean isValid() {
        return catalogue != null;
    }

    /**
     * The catalogue, or an exception listing the problems' codes and pointers.
     *
     * @return the catalogue, not null
     * @throws IllegalStateException if the load failed
     */
    public Catalogue orElseThrow() {
        if (catalogue == null) {
            StringBuilder text = new StringBuilder("the catalogue has problems:");
            for (Problem problem : problems) {
                text.append(' ').append(problem.code()).append(" at '").append(problem.pointer()).append("';");
            }
            throw new IllegalStateException(text.toString());
        }
        return catalogue;
    }

    @Override
    public String toString() {
        return "CatalogueLoad{valid=" + isValid() + ", problems=" + problems.size() + "}";
    }
}
