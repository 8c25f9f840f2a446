package io.github.odooconnector.micrometer.internal;

import io.github.odooconnector.model.BusinessEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Times every workflow step of a decorated integration ({@code odoo.workflow}, tagged workflow,
 * step and outcome), opens one observation per step (the parent of the Odoo calls it makes, with
 * the correlation id of a {@link BusinessEvent} argument), counts failures by type and hands the
 * results to a workflow-specific {@link ResultMeter}.
 */
public final class WorkflowMeters {

  /** The timer and observation name of a workflow step. */
  public static final String WORKFLOW = "odoo.workflow";

  /** Failures of workflow steps (thrown, or reported in a batch). */
  public static final String FAILURES = "odoo.workflow.failures";

  /** Steps that ended with an unknown outcome (a blocked idempotency key). */
  public static final String OUTCOME_UNKNOWN = "odoo.idempotency.outcome.unknown";

  /** Counts what a step's result says (orders released, labels bought, ...). */
  public interface ResultMeter {
    /**
     * Records a step's result.
     *
     * @param meters where to count
     * @param step the method name
     * @param args its arguments
     * @param result what it returned (null for void)
     */
    void record(WorkflowMeters meters, String step, Object[] args, Object result);
  }

  private final MeterRegistry meters;
  private final ObservationRegistry observations;
  private final Tags common;

  /**
   * Creates the decorator factory.
   *
   * @param meters meter registry
   * @param observations observation registry
   * @param common tags added to every meter
   */
  public WorkflowMeters(MeterRegistry meters, ObservationRegistry observations, Tags common) {
    this.meters = meters;
    this.observations = observations;
    this.common = common;
  }

  /**
   * Increments a counter.
   *
   * @param name meter name
   * @param description what it counts
   * @param tags its tags
   * @param amount how much
   */
  public void count(String name, String description, Tags tags, double amount) {
    if (amount <= 0) {
      return;
    }
    Counter.builder(name)
        .description(description)
        .tags(common)
        .tags(tags)
        .register(meters)
        .increment(amount);
  }

  /**
   * Runs one workflow step: times it, observes it and hands its result to the result meter.
   *
   * @param <R> the step's result type
   * @param workflow the workflow tag ({@code wms}, {@code shipping})
   * @param step the step (the integration's method name)
   * @param results the result meter
   * @param call the step itself
   * @param args the step's arguments (for the correlation id and the result meter)
   * @return what the step returned
   */
  public <R> R step(
      String workflow, String step, ResultMeter results, Supplier<R> call, Object... args) {
    Observation o =
        Observation.createNotStarted(WORKFLOW, observations)
            .contextualName(workflow + " " + step)
            .lowCardinalityKeyValue("workflow", workflow)
            .lowCardinalityKeyValue("step", step);
    Optional<String> correlation = correlationOf(args);
    if (correlation.isEmpty()) {
      correlation = Tracing.currentCorrelationId(observations);
    }
    correlation.ifPresent(id -> o.highCardinalityKeyValue(Tracing.CORRELATION_ID, id));
    for (Object a : args) {
      if (a instanceof BusinessEvent<?> e) {
        o.lowCardinalityKeyValue("event.type", e.type());
      }
    }
    Tags tags = Tags.of("workflow", workflow, "step", step);
    Timer.Sample sample = Timer.start(meters);
    Observation.Scope scope = o.start().openScope();
    String outcome = "success";
    try {
      R result = call.get();
      try {
        results.record(this, step, args, result);
      } catch (RuntimeException e) {
        // metering never breaks a workflow
      }
      return result;
    } catch (RuntimeException | Error t) {
      outcome = Tracing.typeOf(t);
      o.error(t);
      count(FAILURES, "workflow step failures by type", tags.and("type", outcome), 1);
      if (outcome.endsWith("OutcomeUnknownException")) {
        count(
            OUTCOME_UNKNOWN,
            "steps that ended with an unknown outcome; their idempotency key stays blocked",
            tags,
            1);
      }
      throw t;
    } finally {
      scope.close();
      o.lowCardinalityKeyValue("outcome", outcome);
      o.stop();
      sample.stop(
          Timer.builder(WORKFLOW)
              .description("workflow steps by workflow, step and outcome")
              .tags(common)
              .tags(tags)
              .tag("outcome", outcome)
              .register(meters));
    }
  }

  /**
   * Like {@link #step} for a step without a result.
   *
   * @param workflow the workflow tag
   * @param step the step
   * @param results the result meter (sees {@code null})
   * @param call the step itself
   * @param args the step's arguments
   */
  public void run(
      String workflow, String step, ResultMeter results, Runnable call, Object... args) {
    step(
        workflow,
        step,
        results,
        () -> {
          call.run();
          return null;
        },
        args);
  }

  private static Optional<String> correlationOf(Object[] args) {
    for (Object a : args) {
      if (a instanceof BusinessEvent<?> e) {
        return Optional.of(e.correlationId());
      }
    }
    return Optional.empty();
  }
}
