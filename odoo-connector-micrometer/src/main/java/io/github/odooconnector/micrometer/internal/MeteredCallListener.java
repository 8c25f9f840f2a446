package io.github.odooconnector.micrometer.internal;

import io.github.odooconnector.core.api.CallInfo;
import io.github.odooconnector.core.api.CallListener;
import io.github.odooconnector.core.api.OdooException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Feeds Odoo client events into meters ({@code odoo.client.calls}, {@code odoo.client.retries},
 * {@code odoo.client.circuit.*}) and one observation per call ({@code odoo.client.call}), a child
 * of the observation current on the calling thread, carrying its correlation id.
 */
public final class MeteredCallListener implements CallListener {

  /** Meter and observation names. */
  public static final String CALLS = "odoo.client.calls";

  /** Retries scheduled by the client. */
  public static final String RETRIES = "odoo.client.retries";

  /** Calls refused by the open circuit breaker. */
  public static final String CIRCUIT_REJECTIONS = "odoo.client.circuit.rejections";

  /** 1 while the circuit breaker refuses calls, else 0. */
  public static final String CIRCUIT_OPEN = "odoo.client.circuit.open";

  /** The observation of one call. */
  public static final String OBSERVATION = "odoo.client.call";

  private final MeterRegistry meters;
  private final ObservationRegistry observations;
  private final Tags common;
  private final AtomicInteger circuitOpen = new AtomicInteger();
  private final Map<Long, Observation.Scope> open = new ConcurrentHashMap<>();

  /**
   * Creates the listener and registers the circuit gauge.
   *
   * @param meters meter registry
   * @param observations observation registry ({@link ObservationRegistry#NOOP} for none)
   * @param common tags added to every meter
   */
  public MeteredCallListener(MeterRegistry meters, ObservationRegistry observations, Tags common) {
    this.meters = meters;
    this.observations = observations;
    this.common = common;
    Gauge.builder(CIRCUIT_OPEN, circuitOpen, AtomicInteger::get)
        .tags(common)
        .description("1 while the Odoo client's circuit breaker refuses calls, else 0")
        .strongReference(true)
        .register(meters);
  }

  @Override
  public void callStarted(CallInfo call) {
    if (observations.isNoop()) {
      return;
    }
    Observation parent = observations.getCurrentObservation();
    Observation o =
        Observation.createNotStarted(OBSERVATION, observations)
            .contextualName("odoo " + call.model() + "." + call.method())
            .lowCardinalityKeyValue("odoo.model", call.model())
            .lowCardinalityKeyValue("odoo.method", call.method())
            .lowCardinalityKeyValue("odoo.protocol", call.protocol().name().toLowerCase())
            .highCardinalityKeyValue("odoo.call.id", Long.toString(call.callId()));
    if (parent != null) {
      o.parentObservation(parent);
    }
    Tracing.correlationOf(parent)
        .ifPresent(id -> o.highCardinalityKeyValue(Tracing.CORRELATION_ID, id));
    open.put(call.callId(), o.start().openScope());
  }

  @Override
  public void retryScheduled(
      CallInfo call, int failedAttempt, OdooException failure, Duration delay) {
    Counter.builder(RETRIES)
        .description("Odoo call attempts that failed and are retried")
        .tags(common)
        .tags(callTags(call))
        .tag("failure", Tracing.typeOf(failure))
        .register(meters)
        .increment();
    Observation.Scope scope = open.get(call.callId());
    if (scope != null) {
      scope.getCurrentObservation().event(Observation.Event.of("odoo.retry"));
    }
  }

  @Override
  public void callSucceeded(CallInfo call, int attempts, Duration duration) {
    circuitOpen.set(0);
    record(call, duration, "success");
    finish(call, null);
  }

  @Override
  public void callFailed(CallInfo call, int attempts, Duration duration, OdooException failure) {
    String outcome = Tracing.typeOf(failure);
    if (isCircuitRejection(failure)) {
      circuitOpen.set(1);
      outcome = "circuit_open";
      Counter.builder(CIRCUIT_REJECTIONS)
          .description("Odoo calls refused by the open circuit breaker")
          .tags(common)
          .register(meters)
          .increment();
    }
    record(call, duration, outcome);
    finish(call, failure);
  }

  private void record(CallInfo call, Duration duration, String outcome) {
    Timer.builder(CALLS)
        .description("Odoo calls by model, method, protocol and outcome")
        .tags(common)
        .tags(callTags(call))
        .tag("outcome", outcome)
        .register(meters)
        .record(duration.toNanos(), TimeUnit.NANOSECONDS);
  }

  private void finish(CallInfo call, OdooException failure) {
    Observation.Scope scope = open.remove(call.callId());
    if (scope == null) {
      return;
    }
    Observation o = scope.getCurrentObservation();
    try {
      scope.close();
    } finally {
      if (failure != null) {
        o.lowCardinalityKeyValue("outcome", Tracing.typeOf(failure));
        o.error(failure);
      } else {
        o.lowCardinalityKeyValue("outcome", "success");
      }
      o.stop();
    }
  }

  private static Tags callTags(CallInfo call) {
    return Tags.of(
        Tag.of("model", call.model()),
        Tag.of("method", call.method()),
        Tag.of("protocol", call.protocol().name().toLowerCase()));
  }

  private static boolean isCircuitRejection(Throwable failure) {
    for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
      if (t.getClass().getSimpleName().equals("CircuitBreakerOpenException")) {
        return true;
      }
    }
    return false;
  }
}
