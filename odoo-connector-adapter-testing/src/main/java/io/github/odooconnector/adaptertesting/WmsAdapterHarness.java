package io.github.odooconnector.adaptertesting;

import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The far side of a {@link WmsAdapter} under test, as {@link WmsAdapterContract} drives it: the
 * adapter itself, a view of what the WMS holds, and the faults and inbound messages the suite needs
 * (a lost response, an outage, a webhook or polled record for a fact). An adapter author implements
 * it over whatever stands in for the real WMS in tests: a loopback HTTP server, a vendor sandbox or
 * an in-memory simulator.
 *
 * <p>Fault methods return {@code false} when the far side cannot produce the fault; the tests that
 * need it are then skipped (reported as aborted by JUnit), never passed. A harness serves one test
 * and is {@linkplain #close() closed} after it.
 *
 * <p>Implementations need not be thread-safe: the suite calls them from the test thread only.
 */
public interface WmsAdapterHarness extends AutoCloseable {

  /**
   * The adapter under test, connected to this far side. The same instance for the whole test.
   *
   * @return the adapter
   */
  WmsAdapter adapter();

  /**
   * How many orders the WMS holds under a fulfillment order id: 1 after one release, still 1 after
   * a repeated release with the same idempotency key, 0 when it never got one.
   *
   * @param fulfillmentOrderId the order id as released
   * @return the number of orders the WMS created for it
   */
  int ordersHeld(String fulfillmentOrderId);

  /**
   * How many expected returns the WMS holds under an RMA id after return pre-advices ({@code
   * RETURN_PRE_ADVICE}): 1 after one pre-advice, still 1 after it was repeated with the same
   * idempotency key. The pre-advice tests are skipped when the far side cannot tell.
   *
   * @param rmaId the RMA id as announced
   * @return the count; empty (the default) when this far side cannot tell
   */
  default OptionalInt returnPreAdvicesHeld(String rmaId) {
    return OptionalInt.empty();
  }

  /**
   * Makes the WMS apply the next request but lose its response (connection dropped after the WMS
   * committed), the classic "timeout after write".
   *
   * @return false when this far side cannot lose a response
   */
  boolean loseNextResponse();

  /**
   * Makes the next request fail transiently before the WMS applies anything (HTTP 503, connection
   * refused, maintenance window).
   *
   * @return false when this far side cannot fail a request
   */
  boolean failNextRequest();

  /**
   * Makes the WMS refuse the next request permanently (a validation error, HTTP 422).
   *
   * @return false when this far side cannot refuse on demand
   */
  boolean rejectNextRequest();

  /**
   * Makes the WMS answer the next request with "slow down" (HTTP 429) and the given wait.
   *
   * @param retryAfter the wait the WMS asks for
   * @return false when this far side cannot rate-limit on demand
   */
  boolean rateLimitNextRequest(Duration retryAfter);

  /**
   * Lets the WMS accept a released order and returns the inbound message that reports it, as the
   * adapter receives it (a verified webhook body or a polled record). When the adapter polls, the
   * message must also be among those {@link WmsAdapter#poll(String, int)} returns.
   *
   * @param fulfillmentOrderId a released order
   * @return the message
   */
  WmsMessage orderAccepted(String fulfillmentOrderId);

  /**
   * Lets the WMS ship a released order and returns the inbound message that reports it, as {@link
   * #orderAccepted(String)} does.
   *
   * @param fulfillmentOrderId a released order
   * @param trackingNumber the tracking number of the parcel
   * @return the message
   */
  WmsMessage orderShipped(String fulfillmentOrderId, String trackingNumber);

  /**
   * A well-formed inbound message about a released order whose event type or status this adapter
   * does not know (a WMS that added a status in a new API version).
   *
   * @param fulfillmentOrderId a released order
   * @return the message; empty when this far side cannot produce one
   */
  Optional<WmsMessage> unknownEventType(String fulfillmentOrderId);

  /**
   * Replaces the WMS's stock in a warehouse with the given levels (only called when the adapter
   * declares {@code INVENTORY_SNAPSHOT}).
   *
   * @param warehouse the WMS warehouse code
   * @param levels the stock levels, one per SKU and location
   */
  void putStock(String warehouse, List<StockLevel> levels);

  /**
   * A credential the adapter uses (API token, webhook secret) that must never appear in exception
   * messages or {@code toString()}.
   *
   * @return the secret; empty when the adapter has none
   */
  Optional<String> secret();

  /**
   * The advance ship notice the WMS holds under an id, read back into the canonical model, so the
   * suite can check what survived the adapter (only called when the adapter declares {@code
   * ADVANCE_SHIP_NOTICE} and {@code HANDLING_UNITS}).
   *
   * @param asnId the notice's id as sent
   * @return the notice; empty when this far side cannot show it (the tests needing it are skipped)
   */
  default Optional<AdvanceShipNotice> advanceShipNoticeHeld(String asnId) {
    return Optional.empty();
  }

  /**
   * Lets the WMS receive everything a notice it holds announced, in the pallets and cartons it
   * announced, and returns the inbound message that reports the receipt, as {@link
   * #orderAccepted(String)} does (only called when the adapter declares {@code ADVANCE_SHIP_NOTICE}
   * and {@code HANDLING_UNITS}).
   *
   * @param asnId the notice's id as sent
   * @return the message; empty when this far side cannot produce it (the tests needing it are
   *     skipped)
   */
  default Optional<WmsMessage> goodsReceivedAsAnnounced(String asnId) {
    return Optional.empty();
  }

  /** Releases what the harness holds (servers, connections); does nothing by default. */
  @Override
  default void close() {}
}
