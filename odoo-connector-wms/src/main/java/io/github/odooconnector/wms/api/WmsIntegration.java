package io.github.odooconnector.wms.api;

import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.memory.InMemoryChangeCursorStore;
import io.github.odooconnector.core.spi.ChangeCursorStore;
import io.github.odooconnector.mapping.MappingConfig;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.ReturnAuthorization;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.StockStatus;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.wms.internal.DefaultWmsIntegration;
import io.github.odooconnector.wms.internal.WmsSettings;
import io.github.odooconnector.wms.spi.UnsupportedWmsOperationException;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsAdapterProvider;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import io.github.odooconnector.wms.spi.WmsException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facade that keeps Odoo and one WMS in step. Wire it once, then call the workflow methods from
 * your scheduler and webhook endpoint:
 *
 * <pre>{@code
 * WmsIntegration wms = WmsIntegration.builder()
 *     .odoo(odooClient)
 *     .adapter(myWmsAdapter)          // or .adapter("rest", config) via ServiceLoader
 *     .idempotencyStore(JdbcIdempotencyStore.create(ds))
 *     .outboxStore(JdbcOutboxStore.create(ds))
 *     .releaseMarker(ReleaseMarker.charField("x_wms_ref"))
 *     .build();
 * wms.releasePendingOrders();          // workflow 1, every minute
 * wms.sendPendingAdvanceShipNotices(); // workflow 3 (outbound half)
 * wms.acceptWebhook(request);          // in the HTTP handler: verify + store, answer 2xx
 * wms.processInbox();                  // workflows 2, 3, 5: apply stored WMS events to Odoo
 * wms.sendReturnPreAdvice(rma);        // workflow 5 (outbound half): RMA announced to the WMS
 * wms.reconcileInventory("WH", ReconciliationPolicy.reportOnly()); // workflow 4
 * }</pre>
 *
 * <p>Every workflow is idempotent and resumable: side effects run through {@link Idempotent} keys
 * derived from Odoo and WMS ids, Odoo records carry a release marker, and a run interrupted at any
 * point can simply be repeated. Facts the host should know about (releases, receipt discrepancies,
 * inventory discrepancies, WMS acknowledgements) are published to the {@link Outbox}.
 *
 * <p><b>Errors.</b> Batch workflows ({@link #releasePendingOrders()}, {@link #processInbox()}, ...)
 * report each item's failure in their {@link BatchReport} and go on with the others. Calls about
 * one item throw only these, with the underlying error as cause where there is one:
 *
 * <ul>
 *   <li>{@link WmsException} and its subtypes: the WMS failed or refused ({@code
 *       io.github.odooconnector.wms.spi}), a WMS message is invalid ({@link
 *       io.github.odooconnector.wms.spi.InvalidWmsMessageException}), Odoo's data does not allow
 *       the step ({@link WmsWorkflowException}, also for records that do not exist or cannot be
 *       mapped), or the Odoo database does not fit the configuration ({@link
 *       WmsConfigurationException});
 *   <li>{@link io.github.odooconnector.core.api.OdooException}: Odoo could not be reached or
 *       refused a call (transport, access rights, its own business rules); {@code isRetryable()}
 *       says whether a later run may succeed;
 *   <li>{@link io.github.odooconnector.reliability.spi.ReliabilityException}: the idempotency,
 *       outbox or inbox store failed, or another instance is running the same step right now
 *       (retryable);
 *   <li>{@link IllegalArgumentException}, {@link NullPointerException} and {@link
 *       IllegalStateException} for misuse (a null argument, {@link #acceptWebhook} without an inbox
 *       store).
 * </ul>
 *
 * <p>Thread-safe; share one instance per WMS.
 */
public interface WmsIntegration {

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Workflow 1: releases every outgoing picking that is ready ({@code assigned}) and not yet
   * marked, oldest first. A WMS outage leaves the remaining pickings unmarked; the next run
   * releases them.
   *
   * @return what was released, skipped or failed
   */
  BatchReport releasePendingOrders();

  /**
   * Workflow 1 for one picking, for example right after a sale order was confirmed.
   *
   * @param pickingId the {@code stock.picking} id
   * @return the WMS order id (stored in the release marker)
   * @throws WmsException if the WMS fails or refuses; the picking stays unmarked
   * @throws WmsWorkflowException if the picking does not exist, cannot be released in its state, or
   *     cannot be mapped to a fulfillment order (no ship-to address, no open moves)
   */
  String releasePicking(long pickingId);

  /**
   * Workflow 1 for the outgoing pickings of one confirmed sale order.
   *
   * @param saleOrderId the {@code sale.order} id
   * @return what was released, skipped or failed
   */
  BatchReport releaseSaleOrder(long saleOrderId);

  /**
   * Sends the current version of an already released picking (changed quantities, address) to the
   * WMS. Repeating the call without changes in Odoo sends nothing.
   *
   * @param pickingId the {@code stock.picking} id
   * @return the WMS order id
   * @throws UnsupportedWmsOperationException if the adapter cannot update orders
   * @throws WmsWorkflowException if the picking was not released yet
   */
  String updateRelease(long pickingId);

  /**
   * Follows what happened in Odoo to released deliveries since the last run and carries it to the
   * WMS, each change once:
   *
   * <ul>
   *   <li>a released picking <b>cancelled in Odoo</b> cancels its WMS order (under the same
   *       idempotency key as {@link #cancelRelease(long)}, so the two never cancel twice) and its
   *       release marker becomes {@code CANCELLED};
   *   <li>a released picking whose <b>quantities, lines or ship-to address changed</b> is sent as
   *       an order update ({@link #updateRelease(long)}) when the adapter declares {@link
   *       io.github.odooconnector.wms.spi.WmsFeature#UPDATE_ORDER}.
   * </ul>
   *
   * <p>What the WMS cannot take (no {@code CANCEL_ORDER} / {@code UPDATE_ORDER}, or the WMS
   * refused, say because the order already shipped) is reported as a permanent failure naming the
   * picking and the missing capability, and raised once as a {@link
   * WmsIncident.Kind#CHANGE_NOT_SENT} incident (an activity on the picking without a listener): the
   * WMS order must then be changed by hand. A WMS outage leaves the change pending for the next
   * run.
   *
   * <p>Changes are found with Odoo change feeds on {@code stock.picking} and {@code stock.move} (a
   * quantity change touches only the move), whose positions are kept in the {@linkplain
   * Builder#pollCursorStore(ChangeCursorStore) poll cursor store} under {@code
   * wms:<adapter>:odoo-pickings} and {@code wms:<adapter>:odoo-moves}. Run it on a schedule, like
   * {@link #releasePendingOrders()}. An address edited on the customer ({@code res.partner}) does
   * not touch the picking: send it with {@link #updateRelease(long)}. Pickings released before this
   * version have no record of what was sent: their current content is taken as the baseline. A run
   * reads at most 50 pages of each feed; what is left waits for the next run.
   *
   * @return picking references updated or cancelled as succeeded, unchanged ones as skipped, what
   *     the WMS cannot take as failed
   */
  BatchReport propagateOdooChanges();

  /**
   * Workflow 0: pushes these products to the WMS's item master (SKU, barcode, description, unit,
   * weight, volume, lot/serial and expiry tracking, HS code, country of origin), each once per
   * distinct content: an unchanged product is reported as skipped without calling the WMS, a
   * changed one is pushed again. Releases push unknown products on their own when the WMS answers
   * with a {@link io.github.odooconnector.wms.spi.WmsUnknownItemException}.
   *
   * @param skus the products' internal references ({@code default_code})
   * @return pushed SKUs as succeeded, unchanged ones as skipped; a SKU Odoo does not know or the
   *     WMS refused as failed
   * @throws UnsupportedWmsOperationException unless the adapter keeps an item master ({@link
   *     io.github.odooconnector.wms.spi.WmsFeature#ITEM_MASTER})
   */
  BatchReport pushItems(Collection<Sku> skus);

  /**
   * Workflow 0 in full: pushes every product with an internal reference that is not a service, as
   * {@link #pushItems(Collection)} does (only new and changed products reach the WMS). Run it once
   * when connecting a WMS and then on a schedule to carry product changes over.
   *
   * @return the report, as for {@link #pushItems(Collection)}
   * @throws UnsupportedWmsOperationException unless the adapter keeps an item master
   */
  BatchReport syncItemMaster();

  /**
   * Cancels a released order in the WMS. The release marker is set to {@code CANCELLED} (char
   * markers) so the picking is not released again by accident.
   *
   * @param pickingId the {@code stock.picking} id
   * @throws UnsupportedWmsOperationException if the adapter cannot cancel
   */
  void cancelRelease(long pickingId);

  /**
   * Workflow 3 (outbound half): sends an ASN for every incoming picking of a confirmed purchase
   * order that is not yet marked.
   *
   * @return what was sent, skipped or failed
   */
  BatchReport sendPendingAdvanceShipNotices();

  /**
   * Workflow 5 (outbound half): announces an authorized return (RMA) to the WMS before the parcel
   * arrives (return pre-advice), once per {@link ReturnAuthorization#rmaId()}: a repeated call
   * (after a crash, say) does not reach the WMS again. When the WMS later reports the goods as
   * {@link WmsEventTypes#RETURN_RECEIVED} they are booked through Odoo's return wizard on the
   * delivery named by {@link ReturnAuthorization#orderRef()}.
   *
   * @param rma the authorized return; {@code orderRef} names the original delivery (its picking
   *     reference) or sale order
   * @throws UnsupportedWmsOperationException unless the adapter declares {@link
   *     io.github.odooconnector.wms.spi.WmsFeature#RETURN_PRE_ADVICE}
   * @throws io.github.odooconnector.wms.spi.InvalidWmsMessageException if the RMA breaks a
   *     constraint of the canonical model (nothing is sent)
   * @throws WmsException if the WMS fails or refuses; a later call retries
   */
  void sendReturnPreAdvice(ReturnAuthorization rma);

  /**
   * Verifies a WMS webhook with the adapter's verifier and stores it in the inbox, once per event
   * id. Call it from the HTTP endpoint and answer 2xx when it returns; processing happens in {@link
   * #processInbox()}.
   *
   * @param request the HTTP request
   * @return true when stored, false when it was a redelivery of a stored message
   * @throws io.github.odooconnector.reliability.spi.WebhookVerificationException if the signature
   *     is invalid
   * @throws IllegalStateException if no inbox store is configured or the adapter has no webhook
   *     verifier
   */
  boolean acceptWebhook(WebhookRequest request);

  /**
   * Applies the stored inbound WMS messages to Odoo (shipments, receipts, returns, counts) and
   * publishes the rest to the outbox. Messages that fail with a retryable error are retried by a
   * later run; permanent failures are parked with their error.
   *
   * @return what was applied, skipped or failed (references are message ids)
   */
  BatchReport processInbox();

  /**
   * Polls the WMS (adapters with {@link io.github.odooconnector.wms.spi.WmsFeature#POLLING}) and
   * applies the messages. The poll cursor is loaded from and, after a batch without failures, saved
   * to the {@linkplain Builder#pollCursorStore(ChangeCursorStore) poll cursor store} under {@code
   * wms:<adapter>:poll}, so polling resumes where it stopped after a restart, on this or another
   * instance. A batch with a failure is fetched again; when several instances poll at once a cursor
   * may go back and messages be fetched twice, which is harmless because applying is idempotent.
   *
   * @param maxMessages the most messages to fetch
   * @return what was applied, skipped or failed
   */
  BatchReport pollAndApply(int maxMessages);

  /**
   * Applies one canonical WMS event (from an adapter's {@code translate}, a poll or a simulator) to
   * Odoo, once per {@link BusinessEvent#idempotencyKey()}.
   *
   * @param event the event; see {@link WmsEventTypes}
   * @return what applying did
   * @throws WmsException if the event cannot be applied
   */
  ApplyOutcome apply(BusinessEvent<?> event);

  /**
   * Workflow 4: fetches the WMS snapshot page by page and compares it with Odoo's quants: per SKU
   * and location, per lot for lot-tracked products the WMS reports with lot numbers, each stock
   * status bucket at the location configured with {@link Builder#statusLocation}. The report also
   * lists the stock of expired lots Odoo still holds as available ({@link
   * ReconciliationReport#expiredStock()}).
   *
   * @param warehouse the WMS warehouse code
   * @param policy what to do with differences
   * @return the report (also published as {@link WmsEventTypes#INVENTORY_DISCREPANCY} when not
   *     clean)
   */
  ReconciliationReport reconcileInventory(String warehouse, ReconciliationPolicy policy);

  /**
   * Workflow 4 with a snapshot already at hand; a {@linkplain InventorySnapshot#complete() partial}
   * snapshot (cycle count) only compares the product/locations it contains.
   *
   * @param snapshot the WMS snapshot
   * @param policy what to do with differences
   * @return the report
   */
  ReconciliationReport reconcile(InventorySnapshot snapshot, ReconciliationPolicy policy);

  /**
   * The adapter in use.
   *
   * @return the adapter
   */
  WmsAdapter adapter();

  /**
   * The outbox the workflows publish to (drain it with an {@link
   * io.github.odooconnector.reliability.api.OutboxWorker} on the same store).
   *
   * @return the outbox
   */
  Outbox outbox();

  /** Configures a {@link WmsIntegration}. Not thread-safe. */
  final class Builder {
    private OdooClient odoo;
    private WmsAdapter adapter;
    private IdempotencyStore idempotencyStore;
    private OutboxStore outboxStore;
    private InboxStore inboxStore;
    private ChangeCursorStore pollCursorStore;
    private Clock clock = Clock.systemUTC();
    private String owner = "wms-integration";
    private Duration leaseDuration = Duration.ofMinutes(5);
    private ReleaseMarker releaseMarker = ReleaseMarker.charField("x_wms_ref");
    private ReleaseMarker asnMarker;
    private ShortPickPolicy shortPickPolicy = ShortPickPolicy.BACKORDER;
    private ShortPickPolicy underReceiptPolicy = ShortPickPolicy.BACKORDER;
    private MappingConfig mapping = MappingConfig.defaults();
    private int batchSize = 100;
    private ReconciliationPolicy cycleCountPolicy = ReconciliationPolicy.reportOnly();
    private WmsIncidentListener incidentListener;
    private final Map<StockStatus, String> statusLocations = new EnumMap<>(StockStatus.class);
    private ReturnLocations returnLocations = ReturnLocations.none();

    private Builder() {}

    /**
     * The Odoo client (required).
     *
     * @param client the client
     * @return this builder
     */
    public Builder odoo(OdooClient client) {
      this.odoo = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * The WMS adapter (required, or use {@link #adapter(String, Map)}).
     *
     * @param wmsAdapter the adapter
     * @return this builder
     */
    public Builder adapter(WmsAdapter wmsAdapter) {
      this.adapter = Objects.requireNonNull(wmsAdapter, "wmsAdapter");
      return this;
    }

    /**
     * Creates the adapter with the {@link WmsAdapterProvider} of the given type found by {@link
     * ServiceLoader}.
     *
     * @param type the provider type, for example {@code rest}
     * @param config the provider's settings
     * @return this builder
     * @throws IllegalArgumentException if no provider of that type is on the class path (the
     *     message lists the types that are) or the provider refuses a setting
     */
    public Builder adapter(String type, Map<String, String> config) {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(config, "config");
      Set<String> available = new TreeSet<>();
      for (WmsAdapterProvider p : ServiceLoader.load(WmsAdapterProvider.class)) {
        if (p.type().equals(type)) {
          this.adapter = p.create(config);
          return this;
        }
        available.add(p.type());
      }
      throw new IllegalArgumentException(
          "no WmsAdapterProvider of type '"
              + type
              + "' on the class path (available: "
              + available
              + "); add the adapter's jar or fix the type");
    }

    /**
     * Where idempotency keys are kept (default: in memory, which only protects one process).
     *
     * @param store the store
     * @return this builder
     */
    public Builder idempotencyStore(IdempotencyStore store) {
      this.idempotencyStore = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Where published events are kept (default: in memory).
     *
     * @param store the store
     * @return this builder
     */
    public Builder outboxStore(OutboxStore store) {
      this.outboxStore = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Where verified webhooks are kept until processed (required for {@link
     * #acceptWebhook(WebhookRequest)}).
     *
     * @param store the store
     * @return this builder
     */
    public Builder inboxStore(InboxStore store) {
      this.inboxStore = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Where {@link #pollAndApply(int)} keeps its position between polls (default: in memory, lost
     * on restart). Use {@code io.github.odooconnector.core.jdbc.JdbcChangeCursorStore.create(ds)}
     * (PostgreSQL) so polling resumes after a restart; the store is shared with Odoo change feeds
     * and the WMS cursor is saved under {@code wms:<adapter>:poll}.
     *
     * @param store the store
     * @return this builder
     */
    public Builder pollCursorStore(ChangeCursorStore store) {
      this.pollCursorStore = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * The time source (default: system UTC).
     *
     * @param c the clock
     * @return this builder
     */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    /**
     * This instance's name in idempotency claims and inbox leases (default {@code
     * wms-integration}).
     *
     * @param name the name
     * @return this builder
     */
    public Builder owner(String name) {
      this.owner = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * How long an idempotency claim holds (default 5 minutes); longer than the slowest WMS call.
     *
     * @param lease the lease
     * @return this builder
     */
    public Builder leaseDuration(Duration lease) {
      this.leaseDuration = Objects.requireNonNull(lease, "lease");
      return this;
    }

    /**
     * The picking field marking a release (default {@code ReleaseMarker.charField("x_wms_ref")}, a
     * custom field the Odoo database must have: {@link #build()} checks it, and {@code
     * io.github.odooconnector.mapping.CustomField} can create it).
     *
     * @param marker the marker
     * @return this builder
     */
    public Builder releaseMarker(ReleaseMarker marker) {
      this.releaseMarker = Objects.requireNonNull(marker, "marker");
      return this;
    }

    /**
     * The picking field marking that an ASN was sent for a receipt (default: the release marker).
     *
     * @param marker the marker
     * @return this builder
     */
    public Builder asnMarker(ReleaseMarker marker) {
      this.asnMarker = Objects.requireNonNull(marker, "marker");
      return this;
    }

    /**
     * What happens to unshipped quantities (default {@link ShortPickPolicy#BACKORDER}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder shortPickPolicy(ShortPickPolicy policy) {
      this.shortPickPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * What happens to quantities expected but not received (default {@link
     * ShortPickPolicy#BACKORDER}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder underReceiptPolicy(ShortPickPolicy policy) {
      this.underReceiptPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Field maps and unit names (default {@link MappingConfig#defaults()}).
     *
     * @param config the mapping configuration
     * @return this builder
     */
    public Builder mapping(MappingConfig config) {
      this.mapping = Objects.requireNonNull(config, "config");
      return this;
    }

    /**
     * What to do with a {@code inventory.snapshot_taken} (cycle count) event: it is reconciled
     * against Odoo for the counted product/locations only, with this policy (default {@link
     * ReconciliationPolicy#reportOnly()}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder cycleCountPolicy(ReconciliationPolicy policy) {
      this.cycleCountPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Who hears about {@link WmsIncident}s: short picks, receipt discrepancies, orders the WMS
     * held, stopped or cancelled, and Odoo changes the WMS could not take. Without a listener, WMS
     * holds, exceptions and cancellations and changes not sent are put on the picking as a plain
     * activity (due today, unassigned), and short picks and receipt discrepancies are only
     * published to the outbox as before. Use the escalation module's {@code
     * WmsEscalation.listener(escalations)} for activities assigned by rules with a deadline.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder incidentListener(WmsIncidentListener listener) {
      this.incidentListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * The Odoo location that holds the stock the WMS reports in a status bucket, by its full name
     * ({@code stock.location.complete_name}, for example {@code
     * statusLocation(StockStatus.QUARANTINE, "WH/Quarantine")}). The reconciliation compares the
     * WMS's quantity in that bucket with Odoo's quants in that location, so stock the WMS holds in
     * quarantine is not reported as a shortage of the shelf, and lists expired stock only outside
     * the locations of {@link StockStatus#QUARANTINE} and {@link StockStatus#DAMAGED}. A bucket
     * without a location is compared at the location the WMS reports it in (default for every
     * bucket). Calling it again for a bucket replaces its location.
     *
     * @param status the bucket
     * @param odooLocation the full name of the Odoo location
     * @return this builder
     * @throws IllegalArgumentException if the location name is blank
     */
    public Builder statusLocation(StockStatus status, String odooLocation) {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(odooLocation, "odooLocation");
      if (odooLocation.isBlank()) {
        throw new IllegalArgumentException("odooLocation of " + status + " must not be blank");
      }
      statusLocations.put(status, odooLocation);
      return this;
    }

    /**
     * Where received returns are booked in Odoo per line disposition (default {@link
     * ReturnLocations#none()}: restocked units go to the destination Odoo's return wizard gives the
     * return picking, quarantined and scrapped units are refused until their location is set). Each
     * line's units are booked on the return picking's move lines with the configured location as
     * destination.
     *
     * @param locations the locations per disposition
     * @return this builder
     */
    public Builder returnLocations(ReturnLocations locations) {
      this.returnLocations = Objects.requireNonNull(locations, "locations");
      return this;
    }

    /**
     * How many records one batch run handles at most (default 100).
     *
     * @param size the batch size, at least 1
     * @return this builder
     */
    public Builder batchSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("batchSize must be >= 1, got " + size);
      }
      this.batchSize = size;
      return this;
    }

    /**
     * Creates the integration.
     *
     * <p>Building asks Odoo once ({@code fields_get} of {@code stock.picking}) whether the marker
     * fields and the custom fields of the mapping exist with the right type. When Odoo cannot be
     * reached at that moment the check is repeated before the first workflow call instead.
     *
     * @return the integration
     * @throws IllegalStateException if the Odoo client or the adapter is missing
     * @throws WmsConfigurationException if a marker or custom field is missing in Odoo or of the
     *     wrong type (the message says how to create it: Settings &gt; Technical &gt; Fields,
     *     Studio, or {@code io.github.odooconnector.mapping.CustomField}), or Odoo refused the
     *     check (credentials, access rights)
     */
    public WmsIntegration build() {
      if (odoo == null) {
        throw new IllegalStateException("odoo client is required");
      }
      if (adapter == null) {
        throw new IllegalStateException("a WMS adapter is required");
      }
      return DefaultWmsIntegration.create(
          new WmsSettings(
              odoo,
              adapter,
              idempotencyStore != null ? idempotencyStore : InMemoryIdempotencyStore.create(clock),
              outboxStore != null ? outboxStore : InMemoryOutboxStore.create(),
              inboxStore,
              clock,
              owner,
              leaseDuration,
              releaseMarker,
              asnMarker != null ? asnMarker : releaseMarker,
              shortPickPolicy,
              underReceiptPolicy,
              mapping,
              batchSize,
              cycleCountPolicy,
              pollCursorStore != null ? pollCursorStore : InMemoryChangeCursorStore.create(),
              statusLocations,
              returnLocations),
          incidentListener);
    }
  }
}
