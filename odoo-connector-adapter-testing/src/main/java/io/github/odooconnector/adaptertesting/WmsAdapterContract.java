package io.github.odooconnector.adaptertesting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.AsnLine;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.CanonicalValidator;
import io.github.odooconnector.model.FulfillmentLine;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.HandlingUnit;
import io.github.odooconnector.model.HandlingUnitType;
import io.github.odooconnector.model.Item;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.OrderPriority;
import io.github.odooconnector.model.PackedItem;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.model.ReceiptLine;
import io.github.odooconnector.model.ReturnAuthorization;
import io.github.odooconnector.model.ReturnLine;
import io.github.odooconnector.model.ReturnReason;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.Sscc;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.wms.spi.InvalidWmsMessageException;
import io.github.odooconnector.wms.spi.InventoryPage;
import io.github.odooconnector.wms.spi.InventoryPageRequest;
import io.github.odooconnector.wms.spi.OrderAcknowledgement;
import io.github.odooconnector.wms.spi.PolledMessages;
import io.github.odooconnector.wms.spi.ReleaseConfirmation;
import io.github.odooconnector.wms.spi.UnsupportedWmsOperationException;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import io.github.odooconnector.wms.spi.WmsException;
import io.github.odooconnector.wms.spi.WmsFeature;
import io.github.odooconnector.wms.spi.WmsMessage;
import io.github.odooconnector.wms.spi.WmsOutcomeUnknownException;
import io.github.odooconnector.wms.spi.WmsRateLimitedException;
import io.github.odooconnector.wms.spi.WmsRejectedException;
import io.github.odooconnector.wms.spi.WmsUnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link WmsAdapter} must show, as the SPI's Javadoc promises it: idempotent
 * releases under lost responses and outages, typed and correctly retryable failures, inbound
 * messages translated to events whose idempotency keys survive duplicate and out-of-order delivery,
 * unknown event types refused rather than guessed, complete inventory paging and at-least-once
 * polling. An adapter proves itself by extending this class in its own tests and returning a {@link
 * WmsAdapterHarness} over a stand-in for its WMS:
 *
 * <pre>{@code
 * class AcmeWmsAdapterConformanceTest extends WmsAdapterContract {
 *   protected WmsAdapterHarness newHarness() {
 *     return new AcmeSandboxHarness(); // starts a loopback fake of the Acme API
 *   }
 * }
 * }</pre>
 *
 * <p>Optional operations are tested only when {@link WmsAdapter#capabilities()} declares them;
 * faults the harness cannot produce skip the tests that need them. Override {@link
 * #sampleOrder(String)} and {@link #sampleStock(String, int)} when the WMS needs other data (known
 * SKUs, a real warehouse code). JUnit 5 runs every public test method of this class for the
 * subclass; an instance serves one test method at a time (JUnit's default lifecycle).
 *
 * <p>Public and stable: the suite may gain test methods in later versions (an adapter passing them
 * is then held to the new guarantee); hooks and class names do not change.
 */
public abstract class WmsAdapterContract {

  private WmsAdapterHarness harness;
  private WmsAdapter adapter;
  private int sequence;

  /** Creates the suite; called by the subclass. */
  protected WmsAdapterContract() {}

  /**
   * Creates the far side and the adapter under test for one test method.
   *
   * @return a fresh harness with a fresh WMS state
   */
  protected abstract WmsAdapterHarness newHarness();

  /**
   * The order the suite releases; override when the WMS needs known SKUs or addresses.
   *
   * @param fulfillmentOrderId the id to give it (unique within a test)
   * @return a valid order of warehouse {@link #warehouse()}
   */
  protected FulfillmentOrder sampleOrder(String fulfillmentOrderId) {
    return FulfillmentOrder.builder()
        .fulfillmentOrderId(fulfillmentOrderId)
        .orderRef("S-" + fulfillmentOrderId.replace('/', '-'))
        .warehouse(warehouse())
        .shipTo(
            Party.of("Conformance Retail", Address.of("1 Main St", "Springfield", "12345", "US")))
        .priority(OrderPriority.NORMAL)
        .requestedShipDate(LocalDate.of(2026, 12, 1))
        .addLine(FulfillmentLine.of("1", Sku.of("CONF-SKU-1"), Quantity.pieces(3)))
        .addLine(FulfillmentLine.of("2", Sku.of("CONF-SKU-2"), Quantity.pieces(1)))
        .build();
  }

  /**
   * The advance ship notice the handling unit tests send: two lines on a pallet in two cartons,
   * each unit with its SSCC; override when the WMS needs known SKUs or codes (keep units with
   * SSCCs, a carton on a pallet, and contents naming the lines).
   *
   * @param asnId the id to give it (unique within a test)
   * @return a valid notice with handling units, to warehouse {@link #warehouse()}
   */
  protected AdvanceShipNotice samplePackedAdvanceShipNotice(String asnId) {
    return AdvanceShipNotice.builder()
        .asnId(asnId)
        .purchaseOrderRef("P-" + asnId.replace('/', '-'))
        .supplier(
            Party.of("Conformance Supply", Address.of("2 Dock Rd", "Springfield", "12345", "US")))
        .destination(LocationRef.of(warehouse()))
        .addLine(AsnLine.of("1", Sku.of("CONF-SKU-1"), Quantity.pieces(10)))
        .addLine(AsnLine.of("2", Sku.of("CONF-SKU-2"), Quantity.pieces(4)))
        .addHandlingUnit(
            HandlingUnit.builder()
                .unitId("PAL-1")
                .type(HandlingUnitType.PALLET)
                .sscc(Sscc.fromDataDigits("00614141000000011"))
                .build())
        .addHandlingUnit(
            HandlingUnit.builder()
                .unitId("CTN-1")
                .parentUnitId("PAL-1")
                .type(HandlingUnitType.CARTON)
                .sscc(Sscc.fromDataDigits("00614141000000028"))
                .addItem(PackedItem.of("1", Quantity.pieces(10)))
                .build())
        .addHandlingUnit(
            HandlingUnit.builder()
                .unitId("CTN-2")
                .parentUnitId("PAL-1")
                .type(HandlingUnitType.CARTON)
                .sscc(Sscc.fromDataDigits("00614141000000035"))
                .addItem(PackedItem.of("2", Quantity.pieces(4)))
                .build())
        .build();
  }

  /**
   * The stock the paging tests put into the WMS; override for other SKUs or locations.
   *
   * @param warehouse the warehouse code
   * @param count how many distinct levels (one SKU each)
   * @return {@code count} levels with distinct SKUs
   */
  protected List<StockLevel> sampleStock(String warehouse, int count) {
    List<StockLevel> levels = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      levels.add(
          StockLevel.of(
              Sku.of(String.format("CONF-STOCK-%03d", i)),
              LocationRef.of(warehouse),
              Quantity.pieces(i)));
    }
    return levels;
  }

  /**
   * The WMS warehouse code the suite uses.
   *
   * @return {@code WH} unless overridden
   */
  protected String warehouse() {
    return "WH";
  }

  /** Starts the harness; not meant to be called by subclasses. */
  @BeforeEach
  final void startHarness() {
    harness = newHarness();
    adapter = harness.adapter();
  }

  /** Closes the harness; not meant to be called by subclasses. */
  @AfterEach
  final void closeHarness() {
    if (harness != null) {
      harness.close();
    }
  }

  // ------------------------------------------------------------------ identity and capabilities

  /** The name is documented as lower-case letters, digits, '-' and '_', and must not change. */
  @Test
  public void nameIsStableAndMadeOfLowerCaseLettersDigitsDashesAndUnderscores() {
    assertThat(adapter.name()).matches("[a-z0-9_-]+").isEqualTo(adapter.name());
  }

  /** Workflows read the capabilities repeatedly and must get the same answer. */
  @Test
  public void capabilitiesAreTheSameOnEveryCall() {
    assertThat(adapter.capabilities()).isEqualTo(adapter.capabilities());
    assertThat(adapter.capabilities().maxInventoryPageSize()).isPositive();
  }

  /** {@link WmsFeature#WEBHOOKS}: "the WMS pushes signed webhooks; the verifier is present". */
  @Test
  public void webhookVerifierIsPresentExactlyWhenWebhooksAreDeclared() {
    assertThat(adapter.webhookVerifier().isPresent())
        .isEqualTo(adapter.capabilities().supports(WmsFeature.WEBHOOKS));
  }

  /** Operations not declared in the capabilities fail fast with a permanent, typed error. */
  @Test
  public void undeclaredOperationsThrowAPermanentUnsupportedWmsOperationException() {
    List<Runnable> undeclared = new ArrayList<>();
    if (!supports(WmsFeature.CANCEL_ORDER)) {
      undeclared.add(() -> adapter.cancelOrder(nextOrderId(), "conformance:cancel"));
    }
    if (!supports(WmsFeature.UPDATE_ORDER)) {
      undeclared.add(() -> adapter.updateOrder(sampleOrder(nextOrderId()), "conformance:update"));
    }
    if (!supports(WmsFeature.INVENTORY_SNAPSHOT)) {
      undeclared.add(() -> adapter.fetchInventory(InventoryPageRequest.first(warehouse(), 10)));
    }
    if (!supports(WmsFeature.POLLING)) {
      undeclared.add(() -> adapter.poll(null, 10));
    }
    if (!supports(WmsFeature.ITEM_MASTER)) {
      undeclared.add(
          () ->
              adapter.upsertItem(
                  Item.builder()
                      .sku(Sku.of("CONF-SKU-1"))
                      .description("Conformance item")
                      .unit(UnitOfMeasure.C62)
                      .build(),
                  "conformance:item"));
    }
    if (!supports(WmsFeature.RETURN_PRE_ADVICE)) {
      undeclared.add(
          () -> adapter.sendReturnPreAdvice(sampleReturn("CONF-RMA-0"), "conformance:rma"));
    }
    assumeTrue(!undeclared.isEmpty(), "the adapter declares every operation this test checks");
    for (Runnable call : undeclared) {
      assertThatThrownBy(call::run)
          .isInstanceOf(UnsupportedWmsOperationException.class)
          .satisfies(e -> assertThat(((WmsException) e).isRetryable()).isFalse());
    }
  }

  // ------------------------------------------------------------------ release and idempotency keys

  /**
   * "Releasing again with the same key (after a timeout, say) must not create a second order and
   * must return the same confirmation."
   */
  @Test
  public void releaseRepeatedWithTheSameKeyReturnsTheSameConfirmationAndCreatesOneOrder() {
    String id = nextOrderId();
    FulfillmentOrder order = sampleOrder(id);

    ReleaseConfirmation first = adapter.releaseOrder(order, releaseKey(id));
    ReleaseConfirmation again = adapter.releaseOrder(order, releaseKey(id));

    assertThat(again).isEqualTo(first);
    assertThat(harness.ordersHeld(id)).isEqualTo(1);
  }

  /**
   * "Implementations must be thread-safe: workflows may call them from several threads." Eight
   * releases at once, two attempts per order under its key, give eight orders, one each.
   *
   * @throws Exception if a thread is interrupted or times out
   */
  @Test
  public void concurrentReleasesFromSeveralThreadsCreateOneOrderPerKey() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      ids.add(nextOrderId());
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ReleaseConfirmation>> futures = new ArrayList<>();
      for (int attempt = 0; attempt < 2; attempt++) {
        for (String id : ids) {
          futures.add(pool.submit(() -> adapter.releaseOrder(sampleOrder(id), releaseKey(id))));
        }
      }
      Set<String> wmsIds = new HashSet<>();
      for (Future<ReleaseConfirmation> f : futures) {
        wmsIds.add(f.get(30, TimeUnit.SECONDS).wmsOrderId());
      }
      assertThat(wmsIds).hasSize(ids.size());
      assertThat(ids).allSatisfy(id -> assertThat(harness.ordersHeld(id)).isEqualTo(1));
    } finally {
      pool.shutdownNow();
    }
  }

  /** Two orders released under their own keys are two WMS orders with distinct ids. */
  @Test
  public void ordersReleasedUnderDifferentIdempotencyKeysAreDifferentWmsOrders() {
    String a = nextOrderId();
    String b = nextOrderId();

    ReleaseConfirmation first = adapter.releaseOrder(sampleOrder(a), releaseKey(a));
    ReleaseConfirmation second = adapter.releaseOrder(sampleOrder(b), releaseKey(b));

    assertThat(first.wmsOrderId()).isNotEqualTo(second.wmsOrderId());
    assertThat(harness.ordersHeld(a)).isEqualTo(1);
    assertThat(harness.ordersHeld(b)).isEqualTo(1);
  }

  /**
   * A release the WMS applied but whose answer was lost is {@link WmsOutcomeUnknownException}
   * (retryable), and the retry with the same key completes it without a second order.
   */
  @Test
  public void lostResponseToReleaseIsOutcomeUnknownAndItsRetryWithTheSameKeyCreatesOneOrder() {
    assumeTrue(harness.loseNextResponse(), "the harness cannot lose a response");
    String id = nextOrderId();
    FulfillmentOrder order = sampleOrder(id);

    Throwable lost = catchThrowable(() -> adapter.releaseOrder(order, releaseKey(id)));

    assertThat(lost).isInstanceOf(WmsOutcomeUnknownException.class);
    assertThat(((WmsException) lost).isRetryable()).isTrue();
    ReleaseConfirmation retried = adapter.releaseOrder(order, releaseKey(id));
    assertThat(retried.wmsOrderId()).isNotBlank();
    assertThat(harness.ordersHeld(id)).isEqualTo(1);
    assertThat(adapter.releaseOrder(order, releaseKey(id))).isEqualTo(retried);
  }

  /**
   * A WMS outage is a retryable {@link WmsUnavailableException}; nothing is created until retry.
   */
  @Test
  public void transientFailureOfReleaseIsRetryableAndTheRetryCreatesExactlyOneOrder() {
    assumeTrue(harness.failNextRequest(), "the harness cannot fail a request");
    String id = nextOrderId();

    assertThatThrownBy(() -> adapter.releaseOrder(sampleOrder(id), releaseKey(id)))
        .isInstanceOf(WmsUnavailableException.class)
        .satisfies(e -> assertThat(((WmsException) e).isRetryable()).isTrue());
    assertThat(harness.ordersHeld(id)).isZero();

    adapter.releaseOrder(sampleOrder(id), releaseKey(id));
    assertThat(harness.ordersHeld(id)).isEqualTo(1);
  }

  /** A refusal is a permanent {@link WmsRejectedException}: retrying cannot help. */
  @Test
  public void refusedReleaseIsAPermanentWmsRejectedException() {
    assumeTrue(harness.rejectNextRequest(), "the harness cannot refuse a request");
    String id = nextOrderId();

    assertThatThrownBy(() -> adapter.releaseOrder(sampleOrder(id), releaseKey(id)))
        .isInstanceOf(WmsRejectedException.class)
        .satisfies(e -> assertThat(((WmsException) e).isRetryable()).isFalse());
    assertThat(harness.ordersHeld(id)).isZero();
  }

  /** "Slow down" is a retryable {@link WmsRateLimitedException} carrying the WMS's wait. */
  @Test
  public void rateLimitedReleaseIsRetryableAndCarriesTheRequestedWait() {
    assumeTrue(
        harness.rateLimitNextRequest(Duration.ofSeconds(7)), "the harness cannot rate-limit");
    String id = nextOrderId();

    assertThatThrownBy(() -> adapter.releaseOrder(sampleOrder(id), releaseKey(id)))
        .isInstanceOf(WmsRateLimitedException.class)
        .satisfies(
            e -> {
              assertThat(((WmsException) e).isRetryable()).isTrue();
              assertThat(((WmsRateLimitedException) e).retryAfter())
                  .contains(Duration.ofSeconds(7));
            });
  }

  /**
   * "Cancels a released order", idempotently per key: a cancellation whose answer was lost is
   * retried with the same key and succeeds, it does not fail because the order is already gone.
   */
  @Test
  public void cancellationRepeatedWithTheSameKeyAfterALostResponseSucceeds() {
    assumeTrue(supports(WmsFeature.CANCEL_ORDER), "no cancellation");
    String id = released();
    String key = "conformance:cancel:" + id;
    assumeTrue(harness.loseNextResponse(), "the harness cannot lose a response");

    Throwable lost = catchThrowable(() -> adapter.cancelOrder(id, key));

    if (lost != null) {
      assertThat(lost).isInstanceOf(WmsOutcomeUnknownException.class);
      assertThat(((WmsException) lost).isRetryable()).isTrue();
    }
    adapter.cancelOrder(id, key);
    adapter.cancelOrder(id, key);
  }

  /**
   * A refused cancellation (the order shipped, say) is a permanent {@link WmsRejectedException},
   * never a silent success: the workflows must tell a person the WMS order still stands.
   */
  @Test
  public void refusedCancellationIsAPermanentWmsRejectedException() {
    assumeTrue(supports(WmsFeature.CANCEL_ORDER), "no cancellation");
    String id = released();
    assumeTrue(harness.rejectNextRequest(), "the harness cannot refuse a request");

    assertThatThrownBy(() -> adapter.cancelOrder(id, "conformance:cancel:" + id))
        .isInstanceOf(WmsRejectedException.class)
        .satisfies(e -> assertThat(((WmsException) e).isRetryable()).isFalse());
  }

  /**
   * "Replaces a released order that has not been picked yet": the update keeps the WMS order (same
   * id, no second order) and repeating it with the same key after a lost answer is harmless.
   */
  @Test
  public void updateKeepsTheWmsOrderAndIsIdempotentPerKeyAfterALostResponse() {
    assumeTrue(supports(WmsFeature.UPDATE_ORDER), "no order updates");
    String id = nextOrderId();
    ReleaseConfirmation release = adapter.releaseOrder(sampleOrder(id), releaseKey(id));
    String key = "conformance:update:" + id;
    assumeTrue(harness.loseNextResponse(), "the harness cannot lose a response");

    Throwable lost = catchThrowable(() -> adapter.updateOrder(sampleOrder(id), key));

    if (lost != null) {
      assertThat(lost).isInstanceOf(WmsOutcomeUnknownException.class);
    }
    ReleaseConfirmation updated = adapter.updateOrder(sampleOrder(id), key);
    assertThat(updated.wmsOrderId()).isEqualTo(release.wmsOrderId());
    assertThat(harness.ordersHeld(id)).isEqualTo(1);
  }

  /** "Messages never contain credentials or webhook secrets." */
  @Test
  public void credentialsNeverAppearInExceptionMessagesOrToString() {
    Optional<String> secret = harness.secret();
    assumeTrue(secret.isPresent(), "the adapter has no credential");
    List<Throwable> failures = new ArrayList<>();
    if (harness.rejectNextRequest()) {
      String id = nextOrderId();
      failures.add(catchThrowable(() -> adapter.releaseOrder(sampleOrder(id), releaseKey(id))));
    }
    if (harness.failNextRequest()) {
      String id = nextOrderId();
      failures.add(catchThrowable(() -> adapter.releaseOrder(sampleOrder(id), releaseKey(id))));
    }
    failures.add(
        catchThrowable(
            () ->
                adapter.translate(
                    message(
                        "conformance-garbage",
                        "{\"not\":\"an event\"".getBytes(StandardCharsets.UTF_8)))));
    assertThat(adapter.toString()).doesNotContain(secret.get());
    for (Throwable t : failures) {
      assertThat(t).isInstanceOf(WmsException.class);
      for (Throwable c = t; c != null; c = c.getCause()) {
        assertThat(String.valueOf(c.getMessage())).doesNotContain(secret.get());
      }
    }
  }

  // ------------------------------------------------------------------ inbound messages

  /**
   * What the WMS reports about an order's acceptance arrives as an {@code order.accepted} event.
   */
  @Test
  public void acceptanceIsTranslatedToAnOrderAcceptedEventForTheOrder() {
    String id = released();

    List<BusinessEvent<?>> events = adapter.translate(harness.orderAccepted(id));

    assertThat(events)
        .filteredOn(e -> e.type().equals(WmsEventTypes.ORDER_ACCEPTED))
        .singleElement()
        .satisfies(
            e -> {
              Object p = e.payload();
              if (p instanceof OrderAcknowledgement ack) {
                assertThat(ack.fulfillmentOrderId()).isEqualTo(id);
                assertThat(ack.accepted()).isTrue();
              } else {
                assertThat(p).isInstanceOf(FulfillmentOrder.class);
                assertThat(((FulfillmentOrder) p).fulfillmentOrderId()).isEqualTo(id);
              }
            });
  }

  /**
   * A ship confirmation arrives as an {@code shipment.dispatched} event naming order and parcel.
   */
  @Test
  public void shipConfirmationIsTranslatedToAnOrderShippedEventForTheOrder() {
    String id = released();

    List<BusinessEvent<?>> events = adapter.translate(harness.orderShipped(id, "CONF-TRK-1"));

    assertThat(events)
        .filteredOn(e -> e.type().equals(WmsEventTypes.ORDER_SHIPPED))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.payload()).isInstanceOf(Shipment.class);
              Shipment s = (Shipment) e.payload();
              assertThat(s.fulfillmentOrderRef()).isEqualTo(id);
              assertThat(s.trackingNumbers()).contains("CONF-TRK-1");
            });
  }

  /**
   * "Each event's idempotencyKey must be stable across redeliveries of the same fact: derive it
   * from the WMS's own ids, never from the time of receipt." A webhook delivered twice, the second
   * time an hour later, yields the same events under the same keys.
   */
  @Test
  public void duplicateShipConfirmationWebhookIsTranslatedToEventsWithTheSameIdempotencyKeys() {
    String id = released();
    WmsMessage first = harness.orderShipped(id, "CONF-TRK-2");
    WmsMessage redelivered =
        new WmsMessage(
            first.messageId(), first.receivedAt().plus(Duration.ofHours(1)), first.body());

    List<BusinessEvent<?>> once = adapter.translate(first);
    List<BusinessEvent<?>> twice = adapter.translate(redelivered);

    assertThat(once).isNotEmpty();
    assertThat(keys(twice)).isEqualTo(keys(once));
    assertThat(twice).extracting(BusinessEvent::type).isEqualTo(types(once));
    assertThat(twice).extracting(BusinessEvent::payload).isEqualTo(payloads(once));
  }

  /**
   * Facts may arrive in any order (the ship confirmation before the acceptance): translation
   * depends on the message only, so the events are the same whatever the order, and distinct facts
   * never share an idempotency key.
   */
  @Test
  public void outOfOrderMessagesTranslateToTheSameEventsAndDistinctFactsToDistinctKeys() {
    String id = released();
    WmsMessage accepted = harness.orderAccepted(id);
    WmsMessage shipped = harness.orderShipped(id, "CONF-TRK-3");

    List<BusinessEvent<?>> shippedFirst = adapter.translate(shipped);
    List<BusinessEvent<?>> acceptedSecond = adapter.translate(accepted);
    List<BusinessEvent<?>> acceptedAgain = adapter.translate(accepted);
    List<BusinessEvent<?>> shippedAgain = adapter.translate(shipped);

    assertThat(keys(acceptedAgain)).isEqualTo(keys(acceptedSecond));
    assertThat(keys(shippedAgain)).isEqualTo(keys(shippedFirst));
    Set<String> all = new HashSet<>(keys(shippedFirst));
    assertThat(keys(acceptedSecond)).isNotEmpty().noneMatch(all::contains);
  }

  /**
   * A well-formed message with an event type or status the adapter does not know is refused with
   * {@link InvalidWmsMessageException} (permanent: "the message is parked, never silently
   * dropped"), never guessed into a known event. The SPI also allows an empty list for messages
   * "the connector does not care about"; the suite reads that as known-but-irrelevant types, so an
   * unknown type must be refused.
   */
  @Test
  public void unknownEventTypeIsRefusedWithAPermanentInvalidWmsMessageException() {
    String id = released();
    Optional<WmsMessage> unknown = harness.unknownEventType(id);
    assumeTrue(unknown.isPresent(), "the harness cannot produce an unknown event type");

    assertThatThrownBy(() -> adapter.translate(unknown.get()))
        .isInstanceOf(InvalidWmsMessageException.class)
        .satisfies(e -> assertThat(((WmsException) e).isRetryable()).isFalse());
  }

  /** A body that is not a message of this WMS is a permanent {@link InvalidWmsMessageException}. */
  @Test
  public void malformedMessageIsRefusedWithAPermanentInvalidWmsMessageException() {
    for (String body : List.of("", "not json at all", "{\"eventId\":", "[1,2,3]", "\u0000\u00ff")) {
      assertThatThrownBy(
              () ->
                  adapter.translate(
                      message("conformance-bad", body.getBytes(StandardCharsets.UTF_8))))
          .as("body %s", body)
          .isInstanceOf(InvalidWmsMessageException.class)
          .satisfies(e -> assertThat(((WmsException) e).isRetryable()).isFalse());
    }
  }

  // ------------------------------------------------------------------ handling units

  /**
   * {@link WmsFeature#HANDLING_UNITS}: a notice sent with pallets and cartons reaches the WMS with
   * every unit, its SSCC, the pallet each carton is on and the line quantities packed in it.
   */
  @Test
  public void advanceShipNoticeReachesTheWmsWithItsPalletsCartonsAndSsccs() {
    assumeTrue(supports(WmsFeature.ADVANCE_SHIP_NOTICE), "no advance ship notices");
    assumeTrue(supports(WmsFeature.HANDLING_UNITS), "no handling units");
    AdvanceShipNotice asn = samplePackedAdvanceShipNotice(nextAsnId());

    adapter.sendAdvanceShipNotice(asn, "conformance:asn:" + asn.asnId());
    Optional<AdvanceShipNotice> held = harness.advanceShipNoticeHeld(asn.asnId());

    assumeTrue(held.isPresent(), "the harness cannot show the notices the WMS holds");
    assertThat(unitsBySscc(held.get().handlingUnits(), skus(held.get())))
        .isEqualTo(unitsBySscc(asn.handlingUnits(), skus(asn)));
  }

  /**
   * {@link WmsFeature#HANDLING_UNITS}: goods received in the announced pallets and cartons are
   * translated into a receipt that reports those units (same SSCCs, same pallet per carton, the
   * same products in each), packed items naming lines of the receipt.
   */
  @Test
  public void goodsReceivedInTheAnnouncedUnitsAreTranslatedWithTheirSsccs() {
    assumeTrue(supports(WmsFeature.ADVANCE_SHIP_NOTICE), "no advance ship notices");
    assumeTrue(supports(WmsFeature.HANDLING_UNITS), "no handling units");
    AdvanceShipNotice asn = samplePackedAdvanceShipNotice(nextAsnId());
    adapter.sendAdvanceShipNotice(asn, "conformance:asn:" + asn.asnId());

    Optional<WmsMessage> received = harness.goodsReceivedAsAnnounced(asn.asnId());

    assumeTrue(received.isPresent(), "the harness cannot report a receipt");
    List<BusinessEvent<?>> events = adapter.translate(received.get());
    assertThat(events)
        .filteredOn(e -> e.type().equals(WmsEventTypes.GOODS_RECEIVED))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.payload()).isInstanceOf(Receipt.class);
              Receipt receipt = (Receipt) e.payload();
              assertThat(CanonicalValidator.validate(receipt)).isEmpty();
              Map<String, Sku> lines = new HashMap<>();
              for (ReceiptLine l : receipt.lines()) {
                lines.put(l.lineId(), l.sku());
              }
              assertThat(unitsBySscc(receipt.handlingUnits(), lines))
                  .isEqualTo(unitsBySscc(asn.handlingUnits(), skus(asn)));
            });
  }

  // ------------------------------------------------------------------ inventory paging

  /**
   * Reading pages by cursor until the last one returns every level exactly once: here 2 full pages
   * and a last page of one, all of one snapshot, none larger than asked, the last without cursor.
   */
  @Test
  public void inventoryIsReadAcrossPagesWithEveryLevelExactlyOnceAndOneSnapshotId() {
    assumeTrue(supports(WmsFeature.INVENTORY_SNAPSHOT), "no inventory snapshots");
    int pageSize = Math.min(2, adapter.capabilities().maxInventoryPageSize());
    List<StockLevel> stock = sampleStock(warehouse(), 2 * pageSize + 1);
    harness.putStock(warehouse(), stock);

    List<InventoryPage> pages = readAllPages(InventoryPageRequest.first(warehouse(), pageSize));

    assertThat(pages).hasSize(3);
    assertThat(pages).allSatisfy(p -> assertThat(p.levels()).hasSizeLessThanOrEqualTo(pageSize));
    assertThat(pages).extracting(InventoryPage::snapshotId).containsOnly(pages.get(0).snapshotId());
    assertThat(pages.get(pages.size() - 1).isLast()).isTrue();
    assertThat(pages.subList(0, pages.size() - 1)).noneMatch(InventoryPage::isLast);
    assertThat(pages.stream().flatMap(p -> p.levels().stream()).toList())
        .containsExactlyInAnyOrderElementsOf(stock);
  }

  /** A page request larger than the declared maximum is served in pages no larger than it. */
  @Test
  public void inventoryPagesAreNeverLargerThanTheDeclaredMaximum() {
    assumeTrue(supports(WmsFeature.INVENTORY_SNAPSHOT), "no inventory snapshots");
    int max = adapter.capabilities().maxInventoryPageSize();
    assumeTrue(max <= 50, "the declared maximum is too large to fill in a test");
    List<StockLevel> stock = sampleStock(warehouse(), max + 1);
    harness.putStock(warehouse(), stock);

    List<InventoryPage> pages = readAllPages(InventoryPageRequest.first(warehouse(), max + 1));

    assertThat(pages).allSatisfy(p -> assertThat(p.levels()).hasSizeLessThanOrEqualTo(max));
    assertThat(pages.stream().flatMap(p -> p.levels().stream()).toList())
        .containsExactlyInAnyOrderElementsOf(stock);
  }

  /**
   * A lost answer to a read is a retryable {@link WmsUnavailableException} (or is repeated
   * transparently by the HTTP client), and reading the same page again gives it.
   */
  @Test
  public void lostResponseToAnInventoryReadIsRetryableAndTheSamePageCanBeReadAgain() {
    assumeTrue(supports(WmsFeature.INVENTORY_SNAPSHOT), "no inventory snapshots");
    List<StockLevel> stock = sampleStock(warehouse(), 1);
    harness.putStock(warehouse(), stock);
    assumeTrue(harness.loseNextResponse(), "the harness cannot lose a response");
    InventoryPageRequest request = InventoryPageRequest.first(warehouse(), 10);

    try {
      // an HTTP client may repeat a read by itself: then the page must be the right one
      assertThat(adapter.fetchInventory(request).levels()).containsExactlyElementsOf(stock);
    } catch (WmsException e) {
      assertThat(e).isInstanceOf(WmsUnavailableException.class);
      assertThat(e.isRetryable()).isTrue();
    }
    assertThat(adapter.fetchInventory(request).levels()).containsExactlyElementsOf(stock);
  }

  // ------------------------------------------------------------------ polling

  /**
   * Following the cursor returns every queued message exactly once, oldest first (the WMS may queue
   * more than the suite asked for, a pick before a shipment say), and polled messages translate
   * like their facts.
   */
  @Test
  public void pollingFollowingTheCursorReturnsEveryMessageOnceInOrder() {
    assumeTrue(supports(WmsFeature.POLLING), "no polling");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String id = released();
      expected.add(harness.orderAccepted(id).messageId());
      expected.add(harness.orderShipped(id, "CONF-TRK-P" + i).messageId());
    }

    List<WmsMessage> polled = pollAll(2);

    List<String> ids = polled.stream().map(WmsMessage::messageId).toList();
    assertThat(ids).doesNotHaveDuplicates().containsSubsequence(expected);
    WmsMessage shipped = polled.get(ids.indexOf(expected.get(1)));
    assertThat(adapter.translate(shipped))
        .extracting(BusinessEvent::type)
        .contains(WmsEventTypes.ORDER_SHIPPED);
  }

  /**
   * A poll whose answer was lost is repeated from the same cursor and gets the same messages under
   * the same ids, so the inbox recognises any it already took (at-least-once delivery).
   */
  @Test
  public void repollingFromTheSameCursorRedeliversTheSameMessageIds() {
    assumeTrue(supports(WmsFeature.POLLING), "no polling");
    String id = released();
    harness.orderAccepted(id);
    harness.orderShipped(id, "CONF-TRK-R");

    PolledMessages first = adapter.poll(null, 10);
    PolledMessages again = adapter.poll(null, 10);

    assertThat(first.messages()).isNotEmpty();
    assertThat(again.messages())
        .extracting(WmsMessage::messageId)
        .isEqualTo(first.messages().stream().map(WmsMessage::messageId).toList());
    assertThat(keys(adapter.translate(again.messages().get(0))))
        .isEqualTo(keys(adapter.translate(first.messages().get(0))));
  }

  // ------------------------------------------------------------------ return pre-advice

  /**
   * "Announcing again with the same key (after a lost answer, say) must not create a second
   * expected return"; another RMA under its own key is another expected return.
   */
  @Test
  public void returnPreAdviceRepeatedWithTheSameKeyIsHeldOnce() {
    assumeTrue(supports(WmsFeature.RETURN_PRE_ADVICE), "no return pre-advice");
    assumeTrue(
        harness.returnPreAdvicesHeld("CONF-RMA-1").isPresent(),
        "the harness cannot count expected returns");
    ReturnAuthorization rma = sampleReturn("CONF-RMA-1");

    adapter.sendReturnPreAdvice(rma, "conformance:return-advice:CONF-RMA-1");
    adapter.sendReturnPreAdvice(rma, "conformance:return-advice:CONF-RMA-1");
    adapter.sendReturnPreAdvice(sampleReturn("CONF-RMA-2"), "conformance:return-advice:CONF-RMA-2");

    assertThat(harness.returnPreAdvicesHeld("CONF-RMA-1")).hasValue(1);
    assertThat(harness.returnPreAdvicesHeld("CONF-RMA-2")).hasValue(1);
  }

  /**
   * A pre-advice the WMS took but whose answer was lost is {@link WmsOutcomeUnknownException}
   * (retryable), and its retry with the same key leaves one expected return.
   */
  @Test
  public void lostResponseToReturnPreAdviceIsOutcomeUnknownAndItsRetryHoldsOneReturn() {
    assumeTrue(supports(WmsFeature.RETURN_PRE_ADVICE), "no return pre-advice");
    assumeTrue(
        harness.returnPreAdvicesHeld("CONF-RMA-3").isPresent(),
        "the harness cannot count expected returns");
    assumeTrue(harness.loseNextResponse(), "the harness cannot lose a response");
    ReturnAuthorization rma = sampleReturn("CONF-RMA-3");

    Throwable lost =
        catchThrowable(
            () -> adapter.sendReturnPreAdvice(rma, "conformance:return-advice:CONF-RMA-3"));

    assertThat(lost).isInstanceOf(WmsOutcomeUnknownException.class);
    assertThat(((WmsException) lost).isRetryable()).isTrue();
    adapter.sendReturnPreAdvice(rma, "conformance:return-advice:CONF-RMA-3");
    assertThat(harness.returnPreAdvicesHeld("CONF-RMA-3")).hasValue(1);
  }

  /** A pre-advice the WMS refuses is a permanent {@link WmsRejectedException}. */
  @Test
  public void refusedReturnPreAdviceIsAPermanentWmsRejectedException() {
    assumeTrue(supports(WmsFeature.RETURN_PRE_ADVICE), "no return pre-advice");
    assumeTrue(harness.rejectNextRequest(), "the harness cannot refuse a request");

    Throwable refused =
        catchThrowable(
            () ->
                adapter.sendReturnPreAdvice(
                    sampleReturn("CONF-RMA-4"), "conformance:return-advice:CONF-RMA-4"));

    assertThat(refused).isInstanceOf(WmsRejectedException.class);
    assertThat(((WmsException) refused).isRetryable()).isFalse();
  }

  // ------------------------------------------------------------------ helpers

  /**
   * The return the pre-advice tests announce; override when the WMS needs known SKUs.
   *
   * @param rmaId the RMA id to give it (unique within a test)
   * @return a valid return authorization to warehouse {@link #warehouse()}
   */
  protected ReturnAuthorization sampleReturn(String rmaId) {
    return ReturnAuthorization.builder()
        .rmaId(rmaId)
        .orderRef("CONF/OUT/00001")
        .customer(
            Party.of("Conformance Retail", Address.of("1 Main St", "Springfield", "12345", "US")))
        .returnTo(LocationRef.of(warehouse(), "Returns"))
        .authorizedAt(Instant.parse("2026-12-01T09:00:00Z"))
        .addLine(
            ReturnLine.of(null, Sku.of("CONF-SKU-1"), Quantity.pieces(1), ReturnReason.DAMAGED))
        .build();
  }

  private boolean supports(WmsFeature feature) {
    return adapter.capabilities().supports(feature);
  }

  private String nextAsnId() {
    return "CONF/IN/" + String.format("%05d", ++sequence);
  }

  private static Map<String, Sku> skus(AdvanceShipNotice asn) {
    Map<String, Sku> skus = new HashMap<>();
    asn.lines().forEach(l -> skus.put(l.lineId(), l.sku()));
    return skus;
  }

  /**
   * What must survive of units, whatever ids the WMS gives units and lines: per SSCC the type, the
   * SSCC of the unit it is on and the products packed in it with their quantities.
   */
  private static Map<String, String> unitsBySscc(List<HandlingUnit> units, Map<String, Sku> lines) {
    Map<String, HandlingUnit> byId = new HashMap<>();
    units.forEach(u -> byId.put(u.unitId(), u));
    Map<String, String> out = new HashMap<>();
    for (HandlingUnit u : units) {
      HandlingUnit parent = u.parentUnitId() == null ? null : byId.get(u.parentUnitId());
      List<String> goods = new ArrayList<>();
      for (PackedItem item : u.contents()) {
        Sku sku = lines.get(item.lineId());
        goods.add(
            (sku == null ? "?" + item.lineId() : sku.value())
                + " "
                + item.quantity().value().stripTrailingZeros().toPlainString()
                + " "
                + item.quantity().unit());
      }
      goods.sort(null);
      out.put(
          String.valueOf(u.sscc()),
          u.type() + " on " + (parent == null ? "-" : String.valueOf(parent.sscc())) + " " + goods);
    }
    return out;
  }

  private String nextOrderId() {
    return "CONF/OUT/" + String.format("%05d", ++sequence);
  }

  private static String releaseKey(String fulfillmentOrderId) {
    return "conformance:release:" + fulfillmentOrderId;
  }

  private String released() {
    String id = nextOrderId();
    adapter.releaseOrder(sampleOrder(id), releaseKey(id));
    return id;
  }

  private static WmsMessage message(String id, byte[] body) {
    return new WmsMessage(id, Instant.now(), body);
  }

  private List<InventoryPage> readAllPages(InventoryPageRequest first) {
    List<InventoryPage> pages = new ArrayList<>();
    InventoryPageRequest request = first;
    while (true) {
      InventoryPage page = adapter.fetchInventory(request);
      pages.add(page);
      if (page.isLast()) {
        return pages;
      }
      assertThat(pages).as("pages read without reaching the last").hasSizeLessThan(100);
      request = request.next(page);
    }
  }

  private List<WmsMessage> pollAll(int batch) {
    List<WmsMessage> all = new ArrayList<>();
    String cursor = null;
    for (int polls = 0; polls < 100; polls++) {
      PolledMessages p = adapter.poll(cursor, batch);
      assertThat(p.messages()).hasSizeLessThanOrEqualTo(batch);
      if (p.messages().isEmpty()) {
        return all;
      }
      all.addAll(p.messages());
      cursor = p.optionalNextCursor().orElse(cursor);
    }
    throw new AssertionError("polling never ran dry after 100 polls");
  }

  private static List<String> keys(List<BusinessEvent<?>> events) {
    return events.stream().map(BusinessEvent::idempotencyKey).toList();
  }

  private static List<String> types(List<BusinessEvent<?>> events) {
    return events.stream().map(BusinessEvent::type).toList();
  }

  private static List<Object> payloads(List<BusinessEvent<?>> events) {
    List<Object> out = new ArrayList<>();
    events.forEach(e -> out.add(e.payload()));
    return out;
  }
}
