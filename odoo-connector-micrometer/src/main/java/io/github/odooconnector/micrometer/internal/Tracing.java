package io.github.odooconnector.micrometer.internal;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.ObservationView;
import java.util.Optional;

/** Finds the correlation id a surrounding observation carries. */
public final class Tracing {

  /** The key of the correlation id of the {@code BusinessEvent} a flow belongs to. */
  public static final String CORRELATION_ID = "odoo.correlation.id";

  private Tracing() {}

  /**
   * The correlation id of the nearest enclosing observation that has one.
   *
   * @param registry the registry whose current observation is the starting point
   * @return the correlation id, or empty
   */
  public static Optional<String> currentCorrelationId(ObservationRegistry registry) {
    Observation current = registry.getCurrentObservation();
    return correlationOf(current);
  }

  /**
   * The correlation id of an observation or its nearest ancestor that has one.
   *
   * @param observation the observation, may be null
   * @return the correlation id, or empty
   */
  public static Optional<String> correlationOf(ObservationView observation) {
    int depth = 0;
    ObservationView o = observation;
    while (o != null && depth++ < 64) {
      Observation.ContextView ctx = o.getContextView();
      KeyValue kv = ctx.getHighCardinalityKeyValue(CORRELATION_ID);
      if (kv != null) {
        return Optional.of(kv.getValue());
      }
      o = ctx.getParentObservation();
    }
    return Optional.empty();
  }

  /**
   * The simple name of an exception type, as a bounded tag value.
   *
   * @param t the exception
   * @return for example {@code OdooTransportException}
   */
  public static String typeOf(Throwable t) {
    String name = t.getClass().getSimpleName();
    return name.isEmpty() ? t.getClass().getName() : name;
  }
}
