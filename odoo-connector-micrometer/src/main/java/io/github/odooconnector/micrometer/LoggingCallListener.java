package io.github.odooconnector.micrometer;

import io.github.odooconnector.core.api.CallInfo;
import io.github.odooconnector.core.api.CallListener;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.micrometer.internal.Tracing;
import io.micrometer.observation.ObservationRegistry;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;

/**
 * Logs Odoo calls through {@link System.Logger} (which the JDK routes to SLF4J, Log4j or
 * java.util.logging, whichever the host installed a bridge for; nothing is forced on the host):
 * {@code DEBUG} for each successful call, {@code INFO} for each retry, {@code WARNING} for each
 * failed call, with model, method, protocol, attempts, duration and, when an enclosing observation
 * carries one, the correlation id. Events carry no arguments and no credentials, so nothing secret
 * can be logged; for the exchanged bodies see {@link WireLog}.
 *
 * <p>Logger name: {@value #LOGGER_NAME}. Thread-safe.
 */
public final class LoggingCallListener implements CallListener {

  /** The name of the logger used. */
  public static final String LOGGER_NAME = "io.github.odooconnector.calls";

  private final Logger log;
  private final ObservationRegistry observations;

  private LoggingCallListener(Logger log, ObservationRegistry observations) {
    this.log = log;
    this.observations = observations;
  }

  /**
   * A listener logging to {@value #LOGGER_NAME}.
   *
   * @return the listener
   */
  public static LoggingCallListener create() {
    return new LoggingCallListener(System.getLogger(LOGGER_NAME), ObservationRegistry.NOOP);
  }

  /**
   * A listener that also logs the correlation id of the observation current on the calling thread.
   *
   * @param observations the registry the {@link OdooConnectorMetrics} use
   * @return the listener
   */
  public static LoggingCallListener create(ObservationRegistry observations) {
    return new LoggingCallListener(
        System.getLogger(LOGGER_NAME), Objects.requireNonNull(observations, "observations"));
  }

  @Override
  public void retryScheduled(
      CallInfo call, int failedAttempt, OdooException failure, Duration delay) {
    if (log.isLoggable(Level.INFO)) {
      log.log(
          Level.INFO,
          "odoo call #{0} {1}.{2} ({3}) attempt {4} failed ({5}: {6}); retrying in {7} ms{8}",
          Long.toString(call.callId()),
          call.model(),
          call.method(),
          call.protocol(),
          failedAttempt,
          Tracing.typeOf(failure),
          failure.getMessage(),
          Long.toString(delay.toMillis()),
          correlation());
    }
  }

  @Override
  public void callSucceeded(CallInfo call, int attempts, Duration duration) {
    if (log.isLoggable(Level.DEBUG)) {
      log.log(
          Level.DEBUG,
          "odoo call #{0} {1}.{2} ({3}) succeeded after {4} attempt(s) in {5} ms{6}",
          Long.toString(call.callId()),
          call.model(),
          call.method(),
          call.protocol(),
          attempts,
          Long.toString(duration.toMillis()),
          correlation());
    }
  }

  @Override
  public void callFailed(CallInfo call, int attempts, Duration duration, OdooException failure) {
    if (log.isLoggable(Level.WARNING)) {
      log.log(
          Level.WARNING,
          "odoo call #{0} {1}.{2} ({3}) failed after {4} attempt(s) in {5} ms: {6}: {7}{8}",
          Long.toString(call.callId()),
          call.model(),
          call.method(),
          call.protocol(),
          attempts,
          Long.toString(duration.toMillis()),
          Tracing.typeOf(failure),
          failure.getMessage(),
          correlation());
    }
  }

  private String correlation() {
    return Tracing.currentCorrelationId(observations)
        .map(id -> " [correlation " + id + "]")
        .orElse("");
  }

  @Override
  public String toString() {
    return "LoggingCallListener[" + LOGGER_NAME + "]";
  }
}
