package io.github.odooconnector.boot;

import io.github.odooconnector.boot.internal.JobLock;
import io.github.odooconnector.carrier.api.ShippingIntegration;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.CallListener;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooClientBuilder;
import io.github.odooconnector.micrometer.CallListeners;
import io.github.odooconnector.micrometer.LoggingCallListener;
import io.github.odooconnector.micrometer.OdooConnectorMetrics;
import io.github.odooconnector.micrometer.WireLog;
import io.github.odooconnector.reliability.api.EventHandler;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.api.OutboxWorker;
import io.github.odooconnector.reliability.api.WebhookInbox;
import io.github.odooconnector.reliability.jdbc.JdbcIdempotencyStore;
import io.github.odooconnector.reliability.jdbc.JdbcInboxStore;
import io.github.odooconnector.reliability.jdbc.JdbcOutboxStore;
import io.github.odooconnector.reliability.jdbc.ReliabilitySchema;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.memory.InMemoryInboxStore;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.spi.StoreSubscription;
import io.github.odooconnector.reliability.spi.WebhookVerifier;
import io.github.odooconnector.wms.api.WmsIntegration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of odoo-connector from {@code odoo.*} properties: a shared {@link OdooClient}
 * (metered, logged, optionally wire-logged), the reliability stores (JDBC on the application's
 * {@code DataSource} with the schema migrated on start, else in memory), {@link Outbox} and {@link
 * WebhookInbox}, {@link OdooConnectorMetrics} on the application's meter and observation
 * registries, the scheduled {@link OdooJobs}, the health indicator, the Actuator endpoint, the
 * webhook controller and (opt-in) the operations console. Every bean backs off when the application
 * defines its own.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure"
          + ".CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"
    })
@ConditionalOnProperty(prefix = "odoo", name = "url")
@EnableConfigurationProperties(OdooConnectorProperties.class)
public class OdooConnectorAutoConfiguration {

  /** Tracking webhooks applied per run of the {@code shipping-tracking-inbox} job. */
  private static final int TRACKING_BATCH = 100;

  /** Outbox events claimed per batch of the {@code outbox-delivery} job. */
  private static final int OUTBOX_BATCH = 50;

  /** Creates the configuration (Spring calls it). */
  public OdooConnectorAutoConfiguration() {}

  /**
   * The instrumentation, on the application's registries (a private simple registry without
   * Actuator).
   *
   * @param meters the meter registry, if any
   * @param observations the observation registry, if any
   * @return the metrics
   */
  @Bean
  @ConditionalOnMissingBean
  public OdooConnectorMetrics odooConnectorMetrics(
      ObjectProvider<MeterRegistry> meters, ObjectProvider<ObservationRegistry> observations) {
    return OdooConnectorMetrics.builder(meters.getIfAvailable(SimpleMeterRegistry::new))
        .observationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP))
        .build();
  }

  /**
   * The shared Odoo client.
   *
   * @param p the properties
   * @param metrics the instrumentation
   * @return the client, closed with the context
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public OdooClient odooClient(OdooConnectorProperties p, OdooConnectorMetrics metrics) {
    CallListener listener =
        CallListeners.of(
            metrics.callListener(), LoggingCallListener.create(metrics.observationRegistry()));
    OdooClientBuilder b =
        OdooClient.builder()
            .url(p.getUrl())
            .protocol(p.getProtocol())
            .connectTimeout(p.getConnectTimeout())
            .requestTimeout(p.getRequestTimeout())
            .callTimeout(p.getCallTimeout())
            .retry(
                RetrySettings.exponential(
                    p.getRetry().getMaxAttempts(),
                    p.getRetry().getInitialDelay(),
                    p.getRetry().getMaxDelay()))
            .listener(listener);
    if (p.getDatabase() != null) {
      b.database(p.getDatabase());
    }
    if (p.getLogin() != null) {
      b.login(p.getLogin());
    }
    if (p.getApiKey() != null && !p.getApiKey().isBlank()) {
      b.apiKey(p.getApiKey());
    } else if (p.getPassword() != null) {
      b.password(p.getPassword());
    }
    if (p.isWireLog()) {
      b.httpClient(WireLog.httpClient(p.getConnectTimeout()));
    }
    return b.build();
  }

  /** The reliability stores, created once with the schema migrated first. */
  @Configuration(proxyBeanMethods = false)
  static class Stores {

    private DataSource jdbc(OdooConnectorProperties p, ObjectProvider<DataSource> ds) {
      if (!p.getStores().isJdbc()) {
        return null;
      }
      DataSource d = ds.getIfAvailable();
      if (d != null && p.getStores().isMigrateSchema()) {
        ReliabilitySchema.migrate(d);
      }
      return d;
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxStore odooOutboxStore(
        OdooConnectorProperties p, ObjectProvider<DataSource> ds, OdooConnectorMetrics metrics) {
      DataSource d = jdbc(p, ds);
      OutboxStore store = d == null ? InMemoryOutboxStore.create() : JdbcOutboxStore.create(d);
      OutboxStore metered = metrics.outboxStore("default", store);
      metrics.bindOutboxStats("default", metered);
      return metered;
    }

    @Bean
    @ConditionalOnMissingBean
    InboxStore odooInboxStore(
        OdooConnectorProperties p, ObjectProvider<DataSource> ds, OdooConnectorMetrics metrics) {
      DataSource d = jdbc(p, ds);
      InboxStore store = d == null ? InMemoryInboxStore.create() : JdbcInboxStore.create(d);
      InboxStore metered = metrics.inboxStore("default", store);
      metrics.bindInboxStats("default", metered);
      return metered;
    }

    @Bean
    @ConditionalOnMissingBean
    IdempotencyStore odooIdempotencyStore(
        OdooConnectorProperties p, ObjectProvider<DataSource> ds, OdooConnectorMetrics metrics) {
      DataSource d = jdbc(p, ds);
      IdempotencyStore store =
          d == null ? InMemoryIdempotencyStore.create() : JdbcIdempotencyStore.create(d);
      return metrics.idempotencyStore("default", store);
    }

    @Bean
    @ConditionalOnMissingBean
    Outbox odooOutbox(OutboxStore store) {
      return Outbox.builder(store).build();
    }

    @Bean
    @ConditionalOnMissingBean
    WebhookInbox odooWebhookInbox(InboxStore store) {
      return WebhookInbox.builder(store).build();
    }
  }

  /**
   * The scheduled jobs: your {@link OdooJob} beans, {@code outbox-delivery} when there is an {@link
   * EventHandler} bean, and the WMS and shipping jobs when those integrations are beans.
   *
   * @param p the properties
   * @param custom your jobs
   * @param outboxStore the outbox store
   * @param inboxStore the inbox store
   * @param handler the outbox event handler, if any
   * @param wms the WMS integration bean, if any
   * @param shipping the shipping integration bean, if any
   * @param ds the DataSource for the cluster-wide lock, if any
   * @param metrics the instrumentation
   * @return the jobs, started with the context
   */
  @Bean
  @ConditionalOnMissingBean
  public OdooJobs odooJobs(
      OdooConnectorProperties p,
      ObjectProvider<OdooJob> custom,
      OutboxStore outboxStore,
      InboxStore inboxStore,
      ObjectProvider<EventHandler> handler,
      ObjectProvider<WmsIntegrationHolder> wms,
      ObjectProvider<ShippingIntegrationHolder> shipping,
      ObjectProvider<DataSource> ds,
      OdooConnectorMetrics metrics) {
    List<OdooJob> jobs = new ArrayList<>(custom.orderedStream().toList());
    Map<String, Function<Runnable, StoreSubscription>> signals = new HashMap<>();
    EventHandler h = handler.getIfUnique();
    if (h != null) {
      OutboxWorker worker =
          OutboxWorker.builder(outboxStore, metrics.observedEventHandler(h))
              .batchSize(OUTBOX_BATCH)
              .build();
      // a run delivers batch after batch while they come back full, so one signal drains a burst
      jobs.add(
          new OdooJob(
              "outbox-delivery",
              p.getJobs().getInterval(),
              () -> {
                while (worker.runOnce() == OUTBOX_BATCH) {
                  // next batch
                }
              }));
      if (p.getOutbox().isWakeOnAppend()) {
        signals.put("outbox-delivery", outboxStore::subscribe);
      }
    }
    Function<Runnable, StoreSubscription> inboxSignals =
        p.getInbox().isWakeOnReceive() ? inboxStore::subscribe : null;
    WmsIntegrationHolder w = wms.getIfAvailable();
    if (w != null) {
      jobs.add(
          new OdooJob("wms-release", p.getJobs().getInterval(), w.wms()::releasePendingOrders));
      jobs.add(new OdooJob("wms-inbox", p.getJobs().getInterval(), w.wms()::processInbox));
      if (inboxSignals != null) {
        signals.put("wms-inbox", inboxSignals);
      }
    }
    ShippingIntegrationHolder s = shipping.getIfAvailable();
    if (s != null) {
      jobs.add(
          new OdooJob(
              "shipping-reconcile",
              p.getJobs().getSlowInterval(),
              s.shipping()::reconcileUnknownOutcomes));
      jobs.add(
          new OdooJob(
              "shipping-tracking-inbox",
              p.getJobs().getInterval(),
              () -> s.shipping().processTrackingWebhooks(TRACKING_BATCH)));
      if (inboxSignals != null) {
        signals.put("shipping-tracking-inbox", inboxSignals);
      }
      jobs.add(
          new OdooJob(
              "shipping-stale-tracking",
              p.getJobs().getSlowInterval(),
              s.shipping()::flagStaleTracking));
    }
    DataSource lockDb = p.getStores().isJdbc() ? ds.getIfAvailable() : null;
    return new OdooJobs(
        jobs, signals, new JobLock(lockDb), p.getJobs().isEnabled(), Clock.systemUTC());
  }

  /** Metered WMS integration jobs, when the application defines a {@link WmsIntegration}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(WmsIntegration.class)
  static class Wms {
    @Bean
    @ConditionalOnBean(WmsIntegration.class)
    WmsIntegrationHolder odooWmsJobsSource(WmsIntegration wms, OdooConnectorMetrics metrics) {
      return new WmsIntegrationHolder(metrics.wms(wms));
    }
  }

  /** Metered shipping integration jobs, when the application defines a shipping integration. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ShippingIntegration.class)
  static class Shipping {
    @Bean
    @ConditionalOnBean(ShippingIntegration.class)
    ShippingIntegrationHolder odooShippingJobsSource(
        ShippingIntegration shipping, OdooConnectorMetrics metrics) {
      return new ShippingIntegrationHolder(metrics.shipping(shipping));
    }

    @Bean
    @ConditionalOnBean(ShippingIntegration.class)
    OutcomeUnknownKeys odooOutcomeUnknownKeys(ShippingIntegrationHolder shipping) {
      return new ShippingOutcomeUnknownKeys(shipping.shipping());
    }

    @Bean
    @ConditionalOnBean(ShippingIntegration.class)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
    @ConditionalOnProperty(prefix = "odoo.webhooks", name = "enabled", matchIfMissing = true)
    OdooTrackingWebhookController odooTrackingWebhookController(
        ShippingIntegrationHolder shipping) {
      return new OdooTrackingWebhookController(shipping);
    }
  }

  /** The health indicator, with Spring Boot's health module present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  static class HealthConfiguration {
    @Bean
    @ConditionalOnMissingBean
    OdooConnectorHealthIndicator odooConnectorHealthIndicator(
        OdooClient odoo, OutboxStore outbox, InboxStore inbox, OdooConnectorProperties p) {
      return new OdooConnectorHealthIndicator(
          odoo,
          outbox,
          inbox,
          p.getHealth().getOutboxStuckAfter(),
          p.getHealth().isCheckOdoo(),
          Clock.systemUTC());
    }
  }

  /** The Actuator endpoint, with Spring Boot Actuator present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
  static class EndpointConfiguration {
    @Bean
    @ConditionalOnMissingBean
    OdooConnectorEndpoint odooConnectorEndpoint(
        Outbox outbox,
        WebhookInbox inbox,
        OdooJobs jobs,
        ObjectProvider<OutcomeUnknownKeys> unknown) {
      return new OdooConnectorEndpoint(
          outbox, inbox, jobs, unknown.getIfAvailable(), Clock.systemUTC());
    }
  }

  /** The webhook controller and the console, in a servlet web application with Spring MVC. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  static class Web {
    @Bean
    @ConditionalOnProperty(prefix = "odoo.webhooks", name = "enabled", matchIfMissing = true)
    OdooWebhookController odooWebhookController(
        WebhookInbox inbox, Map<String, WebhookVerifier> verifiers) {
      return new OdooWebhookController(inbox, verifiers);
    }

    @Bean
    @ConditionalOnProperty(prefix = "odoo.console", name = "enabled", havingValue = "true")
    OdooConsoleController odooConsoleController(Environment env) {
      String base = env.getProperty("management.endpoints.web.base-path", "/actuator");
      String context = env.getProperty("server.servlet.context-path", "");
      return new OdooConsoleController(context + base + "/odooconnector");
    }
  }
}
