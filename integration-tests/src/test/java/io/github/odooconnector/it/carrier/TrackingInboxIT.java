package io.github.odooconnector.it.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.TrackingOutcome;
import io.github.odooconnector.carrier.api.TrackingUpdate;
import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.carrier.spi.InvalidTrackingWebhookException;
import io.github.odooconnector.carrier.spi.TrackingState;
import io.github.odooconnector.carrier.spi.TrackingStateStore;
import io.github.odooconnector.carrier.spi.TrackingStateStoreException;
import io.github.odooconnector.carrier.store.InMemoryTrackingStateStore;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.reliability.api.InboxReceipt;
import io.github.odooconnector.reliability.api.WebhookInbox;
import io.github.odooconnector.reliability.memory.InMemoryInboxStore;
import io.github.odooconnector.reliability.spi.InboxMessage;
import io.github.odooconnector.reliability.spi.InboxStatus;
import io.github.odooconnector.reliability.spi.VerifiedWebhook;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Carrier tracking webhooks take the WMS's path: verified, checked and stored in the reliability
 * inbox at once, applied to Odoo exactly once by the inbox processor, parked when they can never be
 * applied, retried when Odoo or a store is out, and never claimed by another integration sharing
 * the inbox store.
 */
class TrackingInboxIT {

  private final InMemoryInboxStore inbox = InMemoryInboxStore.create();
  private CarrierScenario s;

  @AfterEach
  void close() {
    if (s != null) {
      s.close();
    }
  }

  private String shipped(long picking) {
    s.shipping.shopRates(picking);
    LabelResult label = s.shipping.buyLabel(picking);
    s.validate(picking);
    return label.trackingRef();
  }

  @Test
  void trackingWebhookIsStoredThenAppliedOnceWhenRedelivered() {
    s = new CarrierScenario(b -> b, b -> b.inboxStore(inbox));
    long picking = s.readyDelivery();
    String tn = shipped(picking);
    TrackingEvent delivered =
        s.swiftpost.scriptEvent(tn, "DL", CarrierScenario.NOW.plusSeconds(3600), "Gent");
    WebhookRequest webhook = s.swiftpost.webhook(List.of(delivered));
    int notes = s.chatter(picking).size();

    InboxReceipt first = s.shipping.receiveTrackingWebhook("swiftpost", webhook);
    InboxReceipt redelivered = s.shipping.receiveTrackingWebhook("swiftpost", webhook);

    assertThat(first.status()).isEqualTo(InboxReceipt.Status.ACCEPTED);
    assertThat(first.source()).isEqualTo("carrier:swiftpost");
    assertThat(redelivered.isDuplicate()).isTrue();
    assertThat(s.chatter(picking)).as("stored, not applied yet").hasSize(notes);
    assertThat(s.picking(picking).datetime(CarrierScenario.DELIVERED_AT)).isEmpty();

    assertThat(s.shipping.processTrackingWebhooks(10)).isEqualTo(1);
    assertThat(s.shipping.processTrackingWebhooks(10)).isZero();
    assertThat(s.shipping.receiveTrackingWebhook("swiftpost", webhook).isDuplicate()).isTrue();
    assertThat(s.shipping.processTrackingWebhooks(10)).isZero();

    assertThat(s.chatter(picking)).hasSize(notes + 1);
    assertThat(s.picking(picking).datetime(CarrierScenario.DELIVERED_AT))
        .contains(delivered.occurredAt());
    assertThat(inbox.find("carrier:swiftpost", first.eventId()))
        .get()
        .extracting(InboxMessage::status)
        .isEqualTo(InboxStatus.PROCESSED);
  }

  @Test
  void synchronousHandlingStoresTheWebhookInTheInboxAndAppliesItOnce() {
    s = new CarrierScenario(b -> b, b -> b.inboxStore(inbox));
    long picking = s.readyDelivery();
    String tn = shipped(picking);
    TrackingEvent pickedUp = s.swiftpost.scriptEvent(tn, "PU", CarrierScenario.NOW, "Brussels");
    WebhookRequest webhook = s.swiftpost.webhook(List.of(pickedUp));

    List<TrackingUpdate> updates = s.shipping.handleTrackingWebhook("swiftpost", webhook);
    List<TrackingUpdate> again = s.shipping.handleTrackingWebhook("swiftpost", webhook);

    assertThat(updates)
        .extracting(TrackingUpdate::outcome)
        .containsExactly(TrackingOutcome.APPLIED);
    assertThat(again).as("a redelivery is not applied again").isEmpty();
    assertThat(inbox.count(InboxStatus.PROCESSED)).isEqualTo(1);
  }

  @Test
  void invalidWebhookIsRejectedAtIntakeAndNothingIsStored() {
    s = new CarrierScenario(b -> b, b -> b.inboxStore(inbox));
    long picking = s.readyDelivery();
    shipped(picking);
    WebhookRequest notTracking = WebhookRequest.of(Map.of(), "{}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> s.shipping.receiveTrackingWebhook("swiftpost", notTracking))
        .isInstanceOfSatisfying(
            CarrierException.class, e -> assertThat(e.carrierCode()).contains("swiftpost"))
        .hasMessageContaining("events");
    assertThatThrownBy(() -> s.shipping.receiveTrackingWebhook("nosuchcarrier", notTracking))
        .isInstanceOf(InvalidTrackingWebhookException.class)
        .hasMessageContaining("nosuchcarrier");
    assertThat(inbox.count(InboxStatus.RECEIVED)).isZero();
  }

  @Test
  void storedWebhookTheAdapterCannotParseIsParkedWithItsError() {
    s = new CarrierScenario(b -> b, b -> b.inboxStore(inbox));
    // stored before an adapter upgrade, say: the adapter rejects it now
    byte[] garbage = "{}".getBytes(StandardCharsets.UTF_8);
    WebhookInbox.builder(inbox)
        .clock(s.clock)
        .build()
        .receive(
            "carrier:swiftpost",
            r -> new VerifiedWebhook("old-1", null, r.body()),
            WebhookRequest.of(Map.of(), garbage));

    assertThat(s.shipping.processTrackingWebhooks(10)).isEqualTo(1);

    InboxMessage parked = inbox.find("carrier:swiftpost", "old-1").orElseThrow();
    assertThat(parked.status()).isEqualTo(InboxStatus.FAILED);
    assertThat(parked.attempts()).as("parked at once, not retried").isEqualTo(1);
    assertThat(parked.optionalLastError()).get().asString().contains("events");
    assertThat(s.shipping.processTrackingWebhooks(10)).isZero();
  }

  @Test
  void webhookWhoseApplyingFailsRetryablyIsRetriedAfterTheBackoffAndAppliedOnce() {
    AtomicInteger outages = new AtomicInteger(1);
    TrackingStateStore flaky = failingFirst(InMemoryTrackingStateStore.create(), outages);
    s =
        new CarrierScenario(
            b -> b,
            b ->
                b.inboxStore(inbox)
                    .trackingStateStore(flaky)
                    .trackingRetry(
                        new RetrySettings(
                            5, Duration.ofMinutes(1), Duration.ofMinutes(1), 1.0, 0.0)));
    long picking = s.readyDelivery();
    String tn = shipped(picking);
    TrackingEvent delivered =
        s.swiftpost.scriptEvent(tn, "DL", CarrierScenario.NOW.plusSeconds(3600), "Gent");
    WebhookRequest webhook = s.swiftpost.webhook(List.of(delivered));
    int notes = s.chatter(picking).size();

    assertThatThrownBy(() -> s.shipping.handleTrackingWebhook("swiftpost", webhook))
        .isInstanceOf(TrackingStateStoreException.class)
        .hasMessageContaining("database unreachable");
    InboxMessage waiting = inbox.list(InboxStatus.RECEIVED, 10).get(0);
    assertThat(waiting.attempts()).isEqualTo(1);
    assertThat(s.shipping.processTrackingWebhooks(10)).as("waits for its backoff").isZero();

    s.clock.advance(Duration.ofMinutes(2));
    assertThat(s.shipping.processTrackingWebhooks(10)).isEqualTo(1);

    assertThat(s.chatter(picking)).hasSize(notes + 1);
    assertThat(inbox.count(InboxStatus.PROCESSED)).isEqualTo(1);
  }

  @Test
  void eventIsNotedOnceWhenAnotherInstanceWritesTheParcelsStateWhileItIsApplied() {
    AtomicReference<TrackingEvent> concurrent = new AtomicReference<>();
    TrackingStateStore racing = losingFirstWrite(InMemoryTrackingStateStore.create(), concurrent);
    s = new CarrierScenario(b -> b, b -> b.trackingStateStore(racing));
    long picking = s.readyDelivery();
    String tn = shipped(picking);
    // what the other instance applied meanwhile: an earlier scan, so ours still supersedes it
    concurrent.set(s.swiftpost.scriptEvent(tn, "PU", CarrierScenario.NOW, "Brussels"));
    TrackingEvent delivered =
        s.swiftpost.scriptEvent(tn, "DL", CarrierScenario.NOW.plusSeconds(3600), "Gent");
    int notes = s.chatter(picking).size();

    assertThat(s.shipping.applyTrackingEvents(List.of(delivered)))
        .singleElement()
        .extracting(TrackingUpdate::outcome)
        .isEqualTo(TrackingOutcome.APPLIED);

    assertThat(s.chatter(picking))
        .as("one note for the delivery, not one per attempt")
        .hasSize(notes + 1);
  }

  @Test
  void wmsMessagesInTheSharedInboxAreNotClaimedByTheCarrierProcessor() {
    s = new CarrierScenario(b -> b, b -> b.inboxStore(inbox));
    long picking = s.readyDelivery();
    String tn = shipped(picking);
    WebhookInbox.builder(inbox)
        .clock(s.clock)
        .build()
        .receive(
            "wms:main",
            r -> new VerifiedWebhook("shipped-1", null, r.body()),
            WebhookRequest.of(Map.of(), "{}".getBytes(StandardCharsets.UTF_8)));
    s.shipping.receiveTrackingWebhook(
        "swiftpost",
        s.swiftpost.webhook(List.of(s.swiftpost.scriptEvent(tn, "PU", CarrierScenario.NOW, null))));

    assertThat(s.shipping.processTrackingWebhooks(10)).isEqualTo(1);
    assertThat(s.shipping.processTrackingWebhooks(10)).isZero();

    assertThat(inbox.find("wms:main", "shipped-1"))
        .get()
        .extracting(InboxMessage::status, InboxMessage::attempts)
        .containsExactly(InboxStatus.RECEIVED, 0);
  }

  /**
   * A tracking state store where another instance stores the state of {@code concurrent} just
   * before this instance's first write, which therefore loses.
   */
  private static TrackingStateStore losingFirstWrite(
      TrackingStateStore store, AtomicReference<TrackingEvent> concurrent) {
    AtomicBoolean raced = new AtomicBoolean();
    return (TrackingStateStore)
        Proxy.newProxyInstance(
            TrackingStateStore.class.getClassLoader(),
            new Class<?>[] {TrackingStateStore.class},
            (proxy, method, args) -> {
              if (method.getName().equals("compareAndSet") && raced.compareAndSet(false, true)) {
                TrackingEvent other = concurrent.get();
                assertThat(store.compareAndSet(0, TrackingState.first(other.carrier(), other)))
                    .isTrue();
                return false;
              }
              try {
                return method.invoke(store, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  /** A tracking state store whose first {@code outages} reads fail as an outage would. */
  private static TrackingStateStore failingFirst(TrackingStateStore store, AtomicInteger outages) {
    return (TrackingStateStore)
        Proxy.newProxyInstance(
            TrackingStateStore.class.getClassLoader(),
            new Class<?>[] {TrackingStateStore.class},
            (proxy, method, args) -> {
              if (method.getName().equals("find") && outages.getAndDecrement() > 0) {
                throw new TrackingStateStoreException("database unreachable", null);
              }
              try {
                return method.invoke(store, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
