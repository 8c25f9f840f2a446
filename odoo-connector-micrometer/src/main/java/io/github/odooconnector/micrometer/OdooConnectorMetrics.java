package io.github.odooconnector.micrometer;

import io.github.odooconnector.carrier.api.ShippingIntegration;
import io.github.odooconnector.core.api.CallListener;
import io.github.odooconnector.micrometer.internal.MeteredCallListener;
import io.github.odooconnector.micrometer.internal.ShippingResults;
import io.github.odooconnector.micrometer.internal.StatsGauges;
import io.github.odooconnector.micrometer.internal.StoreMeters;
import io.github.odooconnector.micrometer.internal.Tracing;
import io.github.odooconnector.micrometer.internal.WmsResults;
import io.github.odooconnector.micrometer.internal.WorkflowMeters;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.reliability.api.EventHandler;
import io.github.odooconnector.reliability.api.InboxHandler;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.wms.api.WmsIntegration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Instruments odoo-connector with Micrometer: one object per application that hands out the pieces
 * to plug into the SDK's builders.
 *
 * <pre>{@code
 * OdooConnectorMetrics metrics = OdooConnectorMetrics.builder(meterRegistry)
 *     .observationRegistry(observationRegistry)      // tracing; optional
 *     .build();
 * OdooClient odoo = OdooClient.builder()...listener(metrics.callListener()).build();
 * OutboxStore outboxStore = metrics.outboxStore("default", JdbcOutboxStore.create(dataSource));
 * metrics.bindOutboxStats("default", outboxStore);   // backlog gauges
 * WmsIntegration wms = metrics.wms(WmsIntegration.builder()...build());
 * }</pre>
 *
 * <p>Every meter name starts with {@code odoo.}; {@code docs/observability.md} lists them with
 * their tags. Observations: {@code odoo.client.call} per Odoo call, {@code odoo.workflow} per WMS
 * or shipping step, {@code odoo.outbox.delivery} per delivered event and {@code odoo.inbox.message}
 * per processed webhook message. The correlation id of the {@code BusinessEvent} being handled is
 * carried as the high-cardinality key {@value #CORRELATION_ID} and inherited by every nested
 * observation, so one order can be followed from the webhook to the Odoo write in a tracing
 * backend.
 *
 * <p>The decorators are plain classes implementing the decorated interface: each method is
 * forwarded and metered explicitly (an interface change is a compile error in this module, never a
 * silently unmetered call); they never change results or exceptions.
 *
 * <p>Thread-safe: share one instance.
 */
public final class OdooConnectorMetrics {

  /** The observation key of the correlation id of the business flow being handled. */
  public static final String CORRELATION_ID = Tracing.CORRELATION_ID;

  private final MeterRegistry meters;
  private final ObservationRegistry observations;
  private final Tags tags;
  private final MeteredCallListener callListener;
  private final StoreMeters stores;
  private final StatsGauges gauges;
  private final WorkflowMeters workflows;

  private OdooConnectorMetrics(Builder b) {
    this.meters = b.meters;
    this.observations = b.observations;
    this.tags = b.tags;
    this.callListener = new MeteredCallListener(meters, observations, tags);
    this.stores = new StoreMeters(meters, tags);
    this.gauges = new StatsGauges(meters, tags, b.clock, b.statsRefresh);
    this.workflows = new WorkflowMeters(meters, observations, tags);
  }

  /**
   * Starts a builder.
   *
   * @param meterRegistry where the meters go
   * @return a new builder
   */
  public static Builder builder(MeterRegistry meterRegistry) {
    return new Builder(meterRegistry);
  }

  /**
   * The meter registry.
   *
   * @return the registry given to the builder
   */
  public MeterRegistry meterRegistry() {
    return meters;
  }

  /**
   * The observation registry.
   *
   * @return the registry given to the builder, or {@link ObservationRegistry#NOOP}
   */
  public ObservationRegistry observationRegistry() {
    return observations;
  }

  /**
   * The listener for {@code OdooClientBuilder.listener(...)}: the {@code odoo.client.calls} timer
   * (model, method, protocol, outcome), {@code odoo.client.retries}, {@code
   * odoo.client.circuit.open} and {@code odoo.client.circuit.rejections}, and one {@code
   * odoo.client.call} observation per call. Combine it with a {@link LoggingCallListener} through
   * {@link CallListeners#of(CallListener...)}.
   *
   * @return the shared listener
   */
  public CallListener callListener() {
    return callListener;
  }

  /**
   * Meters an outbox store: enqueued, claimed, delivered (with the latency from enqueue to
   * delivery), retries, dead letters, replays and attempts per entry. Use the returned store in
   * {@code Outbox} and {@code OutboxWorker}.
   *
   * @param name the {@code store} tag, for example {@code "default"}
   * @param store the store
   * @return the metered store; a {@code TransactionalOutboxStore} if {@code store} is one
   */
  public OutboxStore outboxStore(String name, OutboxStore store) {
    return stores.outbox(requireName(name), Objects.requireNonNull(store, "store"));
  }

  /**
   * Meters an inbox store: received (stored or duplicate, by source), processed (with the latency
   * from receipt), failures and attempts.
   *
   * @param name the {@code store} tag
   * @param store the store
   * @return the metered store
   */
  public InboxStore inboxStore(String name, InboxStore store) {
    return stores.inbox(requireName(name), Objects.requireNonNull(store, "store"));
  }

  /**
   * Meters an idempotency store: claims by result ({@code acquired}, {@code completed}, {@code
   * in_progress}, {@code conflict}), completions and failures.
   *
   * @param name the {@code store} tag
   * @param store the store
   * @return the metered store
   */
  public IdempotencyStore idempotencyStore(String name, IdempotencyStore store) {
    return stores.idempotency(requireName(name), Objects.requireNonNull(store, "store"));
  }

  /**
   * Registers the outbox backlog gauges {@code odoo.outbox.entries} and {@code
   * odoo.outbox.oldest.age} (status {@code pending}, {@code in_flight}, {@code dead}) from {@link
   * OutboxStore#stats()}, queried at most once per {@link Builder#statsRefresh(Duration)}.
   *
   * @param name the {@code store} tag
   * @param store the store
   */
  public void bindOutboxStats(String name, OutboxStore store) {
    gauges.bindOutbox(requireName(name), Objects.requireNonNull(store, "store"));
  }

  /**
   * Registers the inbox backlog gauges {@code odoo.inbox.messages} and {@code
   * odoo.inbox.oldest.age} (status {@code pending}, {@code in_flight}, {@code failed}).
   *
   * @param name the {@code store} tag
   * @param store the store
   */
  public void bindInboxStats(String name, InboxStore store) {
    gauges.bindInbox(requireName(name), Objects.requireNonNull(store, "store"));
  }

  /**
   * Meters a WMS integration: every step is timed ({@code odoo.workflow}, workflow {@code wms}) and
   * observed; {@code odoo.wms.orders.released}, {@code odoo.wms.messages.applied}, {@code
   * odoo.wms.asns.sent}, {@code odoo.wms.events} (type, outcome) and {@code odoo.workflow.failures}
   * (step, type) count what the results report. Needs {@code odoo-connector-wms} on the class path.
   *
   * @param wms the integration
   * @return the metered integration
   */
  public WmsIntegration wms(WmsIntegration wms) {
    return WmsResults.decorate(workflows, Objects.requireNonNull(wms, "wms"));
  }

  /**
   * Meters a shipping integration: every step is timed and observed (workflow {@code shipping});
   * {@code odoo.shipping.labels} (kind, result, carrier), {@code odoo.shipping.tracking} (outcome),
   * {@code odoo.shipping.reconciliations}, {@code odoo.workflow.failures} and {@code
   * odoo.idempotency.outcome.unknown} count what happened. Needs {@code odoo-connector-carrier} on
   * the class path.
   *
   * @param shipping the integration
   * @return the metered integration
   */
  public ShippingIntegration shipping(ShippingIntegration shipping) {
    return ShippingResults.decorate(workflows, Objects.requireNonNull(shipping, "shipping"));
  }

  /**
   * Wraps an outbox event handler in an {@code odoo.outbox.delivery} observation carrying the
   * event's type, id and correlation id, so the Odoo calls the handler makes are its children.
   *
   * @param handler the handler given to {@code OutboxWorker.builder}
   * @return the observed handler
   */
  public EventHandler observedEventHandler(EventHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return event ->
        observe(
            Observation.createNotStarted("odoo.outbox.delivery", observations)
                .contextualName("outbox " + event.type())
                .lowCardinalityKeyValue("event.type", event.type())
                .highCardinalityKeyValue("event.id", event.eventId())
                .highCardinalityKeyValue(CORRELATION_ID, event.correlationId()),
            () -> {
              handler.handle(event);
              return null;
            });
  }

  /**
   * Wraps an inbox handler in an {@code odoo.inbox.message} observation carrying the message's
   * source and event id.
   *
   * @param handler the handler given to {@code WebhookInbox.process}
   * @return the observed handler
   */
  public InboxHandler observedInboxHandler(InboxHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return message ->
        observe(
            Observation.createNotStarted("odoo.inbox.message", observations)
                .contextualName("inbox " + message.source())
                .lowCardinalityKeyValue("source", message.source())
                .highCardinalityKeyValue("event.id", message.eventId()),
            () -> {
              handler.handle(message);
              return null;
            });
  }

  /**
   * Runs work inside an {@code odoo.flow} observation that carries a business event's correlation
   * id, for host code that handles an event outside the SDK's handlers (a controller, a listener):
   * every Odoo call and workflow step inside becomes its child and inherits the id.
   *
   * @param <T> the result type
   * @param event the event whose correlation id the work belongs to
   * @param work the work
   * @return what the work returned
   */
  public <T> T inFlowOf(BusinessEvent<?> event, Supplier<T> work) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(work, "work");
    return Observation.createNotStarted("odoo.flow", observations)
        .contextualName("flow " + event.type())
        .lowCardinalityKeyValue("event.type", event.type())
        .highCardinalityKeyValue(CORRELATION_ID, event.correlationId())
        .observe(work);
  }

  private <T> T observe(Observation o, Checked<T> work) throws Exception {
    Observation.Scope scope = o.start().openScope();
    try {
      return work.run();
    } catch (Exception | Error e) {
      o.error(e);
      throw e;
    } finally {
      scope.close();
      o.stop();
    }
  }

  @FunctionalInterface
  private interface Checked<T> {
    T run() throws Exception;
  }

  private static String requireName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    return name;
  }

  @Override
  public String toString() {
    return "OdooConnectorMetrics[tags=" + tags + "]";
  }

  /** Builds {@link OdooConnectorMetrics}. Not thread-safe; use from one thread. */
  public static final class Builder {
    private final MeterRegistry meters;
    private ObservationRegistry observations = ObservationRegistry.NOOP;
    private Tags tags = Tags.empty();
    private Clock clock = Clock.systemUTC();
    private Duration statsRefresh = Duration.ofSeconds(10);

    private Builder(MeterRegistry meters) {
      this.meters = Objects.requireNonNull(meters, "meterRegistry");
    }

    /**
     * Enables tracing through the Observation API; default {@link ObservationRegistry#NOOP}.
     *
     * @param registry the registry (Spring Boot's, or one with a tracing handler)
     * @return this builder
     */
    public Builder observationRegistry(ObservationRegistry registry) {
      this.observations = Objects.requireNonNull(registry, "observationRegistry");
      return this;
    }

    /**
     * Adds tags to every meter, for example the application or tenant.
     *
     * @param extra the tags
     * @return this builder
     */
    public Builder tags(Iterable<Tag> extra) {
      this.tags = this.tags.and(Objects.requireNonNull(extra, "tags"));
      return this;
    }

    /**
     * Sets the clock the backlog ages and the stats cache use; default the UTC system clock.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * How long one {@code stats()} snapshot serves the backlog gauges (one database query per store
     * per interval, however often the registry is scraped); default 10 seconds.
     *
     * @param value zero or positive
     * @return this builder
     */
    public Builder statsRefresh(Duration value) {
      Objects.requireNonNull(value, "statsRefresh");
      if (value.isNegative()) {
        throw new IllegalArgumentException("statsRefresh must not be negative, got " + value);
      }
      this.statsRefresh = value;
      return this;
    }

    /**
     * Builds the instrumentation.
     *
     * @return a new instance
     */
    public OdooConnectorMetrics build() {
      return new OdooConnectorMetrics(this);
    }
  }
}
