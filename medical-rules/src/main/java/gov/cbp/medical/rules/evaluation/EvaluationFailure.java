package gov.cbp.medical.rules.evaluation;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import gov.cbp.medical.model.validation.reading.Messages;
import gov.cbp.medical.model.validation.reading.ProblemCollector;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Turns an internal failure while evaluating one episode into data: an evaluation without findings that
 * carries one {@value #CODE} problem, so that one odd record never ends a run over many.
 *
 * <p>{@link Evaluator#evaluate} guards every evaluation with it; a measure engine applies the same rule to any
 * evaluator function. The problem and the log record name the exception's class and the frame it came from, never its message
 * (a message may quote a value of the episode, such as a date of birth). Errors other than
 * {@link StackOverflowError} (an {@link OutOfMemoryError} above all) are not caught: the process is then in
 * no state to go on.
 *
 * @since 0.1
 */
public final class EvaluationFailure {
    /** The problem code of an episode the evaluator failed on. */
    public static final String CODE = "evaluation.episode.failed";
    private static final System.Logger LOG = System.getLogger(EvaluationFailure.class.getName());
    /** The bundle of evaluation problems, keyed by code plus {@code .message}. */
    private static final String BUNDLE = "gov.cbp.medical.rules.evaluation.internal.Messages";

    private EvaluationFailure() {}

    /**
     * Runs an evaluation, returning its failure as an evaluation with one problem.
     *
     * @param episode the episode evaluated
     * @param asOf the evaluation instant
     * @param evaluation the evaluation to run
     * @return the evaluation, or one without findings that carries the failure
     */
    static EpisodeEvaluation guard(CustodyEpisode episode, Instant asOf, Supplier<EpisodeEvaluation> evaluation) {
        try {
            return evaluation.get();
        } catch (RuntimeException | StackOverflowError e) {
            return of(episode.episodeId(), asOf, e);
        }
    }

    /**
     * The evaluation of an episode the evaluator failed on.
     *
     * @param episodeId the episode's id
     * @param asOf the evaluation instant
     * @param failure what was thrown
     * @return an evaluation without findings, with one problem
     */
    static EpisodeEvaluation of(String episodeId, Instant asOf, Throwable failure) {
        return EpisodeEvaluation.builder()
                .episodeId(episodeId)
                .asOf(asOf)
                .addProblems(problem(failure))
                .build();
    }

    /**
     * The problem of an episode the evaluator failed on, logged (at warning, without the failure's message).
     *
     * @param failure what was thrown
     * @return the problem
     */
    public static Problem problem(Throwable failure) {
        String kind = failure.getClass().getSimpleName();
        StackTraceElement[] frames = failure.getStackTrace();
        String where = frames.length == 0 ? "?" : frames[0].getClassName() + "." + frames[0].getMethodName() + ":"
                + frames[0].getLineNumber();
        LOG.log(System.Logger.Level.WARNING, "evaluation of an episode failed with {0} at {1}; it has no findings",
                kind, where);
        ProblemCollector problems = new ProblemCollector("evaluation.problems.truncated");
        problems.add(Severity.ERROR, CODE, "", kind);
        return problems.toProblems(Messages.of(ResourceBundle.getBundle(BUNDLE, Locale.ROOT))).get(0);
    }
}
