package io.github.odooconnector.testkit.carrier;

import io.github.odooconnector.carrier.spi.AddressValidation;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierCapabilities;
import io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException;
import io.github.odooconnector.carrier.spi.CarrierRequestRejectedException;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.CarrierUnavailableException;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.Manifest;
import io.github.odooconnector.carrier.spi.ManifestRequest;
import io.github.odooconnector.carrier.spi.PickupConfirmation;
import io.github.odooconnector.carrier.spi.PickupRequest;
import io.github.odooconnector.carrier.spi.ProofOfDelivery;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.carrier.spi.RefundConfirmation;
import io.github.odooconnector.carrier.spi.ShipmentLookup;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.carrier.spi.TrackingResult;
import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.ShipmentOption;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingReason;
import io.github.odooconnector.model.TrackingStatus;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-memory {@link CarrierAdapter} for tests and demos: deterministic rates, small valid
 * PDF/ZPL/PNG labels, a scriptable tracking timeline, and fault injection for the failure modes
 * that matter (a label purchase whose response is lost, an outage).
 *
 * <p><b>Rates</b>: each service costs {@code base + perKg x total weight in kg}, rounded half-up to
 * cents, and arrives {@code transitDays} calendar days after the ship date (or today by the
 * injected clock). Domestic-only services are not offered for cross-border shipments.
 *
 * <p><b>Labels</b>: tracking numbers are {@code <PREFIX><6-digit sequence>} per parcel; shipment
 * ids {@code SHP-<code>-<sequence>}. A purchase with an idempotency key already used returns the
 * first shipment without buying again when the carrier is configured {@link
 * Builder#idempotentCreate(boolean) idempotent} (the default); {@link #labelsPurchased()} counts
 * actual purchases, so tests can assert "bought exactly once". Each purchase scripts a {@code LC}
 * (label created) event.
 *
 * <p><b>Tracking</b>: {@link #scriptEvent} adds events to a parcel's timeline; {@link #track}
 * returns the events that occurred up to the clock's now; {@link #webhook} renders events as the
 * webhook JSON this adapter parses. Raw codes and their canonical statuses are in {@link
 * #RAW_CODES}, their reasons in {@link #RAW_REASONS}. A delivered parcel has a proof of delivery
 * (signer and a JPEG photo).
 *
 * <p><b>Parcels, customs, options</b>: prices use the billable weight ({@link
 * Builder#dimensionalDivisor(String)}); a carrier built with {@link
 * Builder#oneParcelPerShipment(boolean)} refuses multi-parcel shipments like many real APIs; a
 * shipment crossing a customs border (not within the EU) needs a customs declaration and gets a
 * commercial invoice back; a shipment asking for an option not in {@link Builder#supportedOptions}
 * is refused.
 *
 * <p><b>End of day</b>: manifests (a manifested label can no longer be cancelled when built with
 * {@link Builder#refundAfterManifest(boolean)}; a refund is requested instead), pickups (book,
 * change, cancel), return labels, address validation ({@link #addressVerdict}).
 *
 * <p>Thread-safe: all methods synchronise on the instance. (The work is done by package-private
 * collaborators that share one state object; none of them is thread-safe on its own, and they are
 * only reached under this instance's monitor.)
 */
public final class SimulatedCarrier implements CarrierAdapter {

  /** The simulated carrier's raw tracking codes and the canonical status each maps to. */
  public static final Map<String, TrackingStatus> RAW_CODES = TrackingTimelines.RAW_CODES;

  /**
   * The simulated carrier's detail reasons by raw code; an event's action flag follows {@link
   * TrackingReason#usuallyRequiresAction()}.
   */
  public static final Map<String, TrackingReason> RAW_REASONS = TrackingTimelines.RAW_REASONS;

  private final CarrierState state;
  private final CarrierPricing pricing;
  private final TrackingTimelines tracking;
  private final CarrierShipments shipments;
  private final CarrierEndOfDay endOfDay;
  private final Map<String, AddressValidation> addressVerdicts = new HashMap<>();

  private SimulatedCarrier(CarrierSettings s) {
    this.state = new CarrierState(s.capabilities(), s.clock);
    this.pricing = new CarrierPricing(state, s.tariffs(), s.currency);
    this.tracking = new TrackingTimelines(state);
    this.shipments =
        new CarrierShipments(state, pricing, tracking, s.trackingPrefix, s.findSupported);
    this.endOfDay = new CarrierEndOfDay(state);
  }

  /**
   * Starts a builder.
   *
   * @param carrierCode the carrier code, for example {@code simpost}
   * @return a new builder
   */
  public static Builder builder(String carrierCode) {
    return new Builder(carrierCode);
  }

  // ------------------------------------------------------------------ CarrierAdapter

  @Override
  public CarrierCapabilities capabilities() {
    return state.capabilities;
  }

  @Override
  public synchronized List<Rate> rate(RateRequest request) {
    return pricing.rate(request);
  }

  @Override
  public synchronized CarrierShipment createShipment(ShipmentRequest request) {
    return shipments.create(request);
  }

  @Override
  public synchronized ShipmentLookup lookupShipment(String idempotencyKey) {
    return shipments.lookup(idempotencyKey);
  }

  @Override
  public synchronized AddressValidation validateAddress(Address address) {
    Objects.requireNonNull(address, "address");
    AddressValidation verdict = addressVerdicts.get(address.postalCode());
    return verdict != null ? verdict : new AddressValidation(true, null, List.of());
  }

  @Override
  public synchronized Manifest createManifest(ManifestRequest request) {
    return endOfDay.createManifest(request);
  }

  @Override
  public synchronized RefundConfirmation requestRefund(String shipmentId) {
    return endOfDay.requestRefund(shipmentId);
  }

  @Override
  public synchronized PickupConfirmation schedulePickup(PickupRequest request) {
    return endOfDay.schedulePickup(request);
  }

  @Override
  public synchronized PickupConfirmation updatePickup(
      String confirmationNumber, PickupRequest request) {
    return endOfDay.updatePickup(confirmationNumber, request);
  }

  @Override
  public synchronized void cancelPickup(String confirmationNumber) {
    endOfDay.cancelPickup(confirmationNumber);
  }

  @Override
  public synchronized Optional<ProofOfDelivery> proofOfDelivery(String trackingNumber) {
    return tracking.proofOfDelivery(trackingNumber);
  }

  @Override
  public synchronized Optional<CarrierShipment> findShipment(String idempotencyKey) {
    return shipments.find(idempotencyKey);
  }

  @Override
  public synchronized void cancelShipment(String shipmentId) {
    shipments.cancel(shipmentId);
  }

  @Override
  public synchronized TrackingResult track(String trackingNumber) {
    return tracking.track(trackingNumber);
  }

  @Override
  public List<TrackingEvent> parseTrackingWebhook(WebhookRequest webhook) {
    return tracking.parse(webhook);
  }

  // ------------------------------------------------------------------ scripting and observation

  /**
   * Adds an event to a parcel's tracking timeline (the parcel need not have been bought here).
   *
   * @param trackingNumber the tracking number
   * @param rawCode one of {@link #RAW_CODES}
   * @param occurredAt when it happens; {@link #track} shows it once the clock reaches it
   * @param location where, or {@code null}
   * @return the canonical event, as {@link #parseTrackingWebhook} would produce it
   */
  public synchronized TrackingEvent scriptEvent(
      String trackingNumber, String rawCode, Instant occurredAt, String location) {
    return tracking.script(trackingNumber, rawCode, occurredAt, location);
  }

  /**
   * Renders events as the webhook this carrier sends (JSON: {@code {"events": [{"tracking_number",
   * "code", "description", "occurred_at", "location"}]}}), in the order given.
   *
   * @param events the events, typically from {@link #scriptEvent}
   * @return the HTTP request a webhook endpoint would receive
   */
  public WebhookRequest webhook(List<TrackingEvent> events) {
    return TrackingTimelines.render(events);
  }

  /**
   * Makes the next purchases succeed at the carrier but lose their response ({@link
   * CarrierOutcomeUnknownException}).
   *
   * @param count how many purchases
   * @return this carrier
   */
  public synchronized SimulatedCarrier loseNextCreateResponses(int count) {
    shipments.loseNextCreateResponses(CarrierState.requireCount(count));
    return this;
  }

  /**
   * Makes the next purchases fail before buying ({@link CarrierUnavailableException}).
   *
   * @param count how many purchases
   * @return this carrier
   */
  public synchronized SimulatedCarrier failNextCreates(int count) {
    shipments.failNextCreates(CarrierState.requireCount(count));
    return this;
  }

  /**
   * Makes the next rate calls fail ({@link CarrierUnavailableException}).
   *
   * @param count how many calls
   * @return this carrier
   */
  public synchronized SimulatedCarrier failNextRates(int count) {
    pricing.failNextRates(CarrierState.requireCount(count));
    return this;
  }

  /**
   * Makes the {@code nth} create call from now (1 = the next one) succeed at the carrier but lose
   * its response ({@link CarrierOutcomeUnknownException}); the calls before it answer normally.
   *
   * @param nth which call, 1 or more
   * @return this carrier
   */
  public synchronized SimulatedCarrier loseResponseOfCreate(int nth) {
    shipments.loseResponseOfCreate(CarrierState.requireNth(nth));
    return this;
  }

  /**
   * Makes the {@code nth} create call from now (1 = the next one) be refused ({@link
   * CarrierRequestRejectedException}, permanent); nothing is bought by it.
   *
   * @param nth which call, 1 or more
   * @return this carrier
   */
  public synchronized SimulatedCarrier rejectCreate(int nth) {
    shipments.rejectCreate(CarrierState.requireNth(nth));
    return this;
  }

  /**
   * Makes the next purchases fail in a way the caller cannot tell from a lost response ({@link
   * CarrierOutcomeUnknownException}) although the carrier never received them: nothing is bought.
   *
   * @param count how many purchases
   * @return this carrier
   */
  public synchronized SimulatedCarrier dropNextCreateRequests(int count) {
    shipments.dropNextCreateRequests(CarrierState.requireCount(count));
    return this;
  }

  /**
   * Makes the next shipment searches ({@link #findShipment} and {@link #lookupShipment}) fail
   * ({@link CarrierUnavailableException}), so the carrier cannot say whether a purchase happened.
   *
   * @param count how many lookups
   * @return this carrier
   */
  public synchronized SimulatedCarrier failNextLookups(int count) {
    shipments.failNextLookups(CarrierState.requireCount(count));
    return this;
  }

  /**
   * Multiplies every price quoted and charged from now on (for example {@code "1.20"} for a 20 %
   * increase after a quote).
   *
   * @param factor the factor, positive
   * @return this carrier
   */
  public synchronized SimulatedCarrier priceFactor(String factor) {
    BigDecimal f = new BigDecimal(Objects.requireNonNull(factor, "factor"));
    if (f.signum() <= 0) {
      throw new IllegalArgumentException("factor must be positive, got " + factor);
    }
    pricing.priceFactor(f);
    return this;
  }

  /**
   * Adds an amount to what purchases are charged, above what was quoted (a surcharge found only on
   * purchase).
   *
   * @param amount the surcharge, for example {@code "2.00"}
   * @return this carrier
   */
  public synchronized SimulatedCarrier chargeSurcharge(String amount) {
    pricing.chargeSurcharge(new BigDecimal(Objects.requireNonNull(amount, "amount")));
    return this;
  }

  /**
   * Makes address validation answer this verdict for addresses with the postal code (every other
   * address is deliverable).
   *
   * @param postalCode the postal code
   * @param verdict the verdict, for example undeliverable with a corrected suggestion
   * @return this carrier
   */
  public synchronized SimulatedCarrier addressVerdict(
      String postalCode, AddressValidation verdict) {
    addressVerdicts.put(
        Objects.requireNonNull(postalCode, "postalCode"),
        Objects.requireNonNull(verdict, "verdict"));
    return this;
  }

  /**
   * Sets who signs for a parcel when it is delivered (default {@code J. Doe}).
   *
   * @param trackingNumber the parcel
   * @param name the signer
   * @return this carrier
   */
  public synchronized SimulatedCarrier signer(String trackingNumber, String name) {
    tracking.signer(trackingNumber, name);
    return this;
  }

  /**
   * The create requests received, in order (including failed and deduplicated ones).
   *
   * @return a snapshot
   */
  public synchronized List<ShipmentRequest> createRequests() {
    return shipments.createRequests();
  }

  /**
   * The manifests created, in order.
   *
   * @return a snapshot
   */
  public synchronized List<Manifest> manifests() {
    return endOfDay.manifests();
  }

  /**
   * The refund requests received, by shipment id.
   *
   * @return a snapshot
   */
  public synchronized Map<String, RefundConfirmation> refunds() {
    return endOfDay.refunds();
  }

  /**
   * The pickups booked and not cancelled or replaced, by confirmation number.
   *
   * @return a snapshot
   */
  public synchronized Map<String, PickupRequest> openPickups() {
    return endOfDay.openPickups();
  }

  /**
   * How many labels (shipments) were actually bought, i.e. what the carrier would bill.
   *
   * @return the purchase count
   */
  public synchronized int labelsPurchased() {
    return shipments.purchases();
  }

  /**
   * How many times {@link #createShipment} was called, including deduplicated and failed calls.
   *
   * @return the call count
   */
  public synchronized int createShipmentCalls() {
    return shipments.createCalls();
  }

  /**
   * How many times {@link #rate} was called.
   *
   * @return the call count
   */
  public synchronized int rateCalls() {
    return pricing.rateCalls();
  }

  /**
   * The shipments bought, in purchase order.
   *
   * @return a snapshot
   */
  public synchronized List<CarrierShipment> shipments() {
    return List.copyOf(state.byId.values());
  }

  /**
   * Whether a shipment was cancelled.
   *
   * @param shipmentId the shipment id
   * @return true once cancelled
   */
  public synchronized boolean isCancelled(String shipmentId) {
    return state.cancelled.contains(shipmentId);
  }

  @Override
  public String toString() {
    return "SimulatedCarrier[" + state.code() + "]";
  }

  /**
   * Builds a {@link SimulatedCarrier}: carrier code, services and their prices, label formats,
   * clock, and the capabilities the carrier declares. Not thread-safe.
   */
  public static final class Builder {

    private final CarrierSettings settings;

    private Builder(String code) {
      this.settings = new CarrierSettings(code);
    }

    /**
     * Sets the display name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder displayName(String name) {
      settings.displayName = Objects.requireNonNull(name, "displayName");
      return this;
    }

    /**
     * Adds a service priced {@code base + perKg x kg}, delivered after {@code transitDays} days.
     *
     * @param serviceCode the service code
     * @param base the base price, for example {@code "4.90"}
     * @param perKg the price per kilogram
     * @param transitDays calendar days in transit
     * @param international whether it ships across borders
     * @return this builder
     */
    public Builder service(
        String serviceCode, String base, String perKg, int transitDays, boolean international) {
      settings.service(serviceCode, base, perKg, transitDays, international);
      return this;
    }

    /**
     * Sets the currency of all prices (default EUR).
     *
     * @param value ISO 4217 code
     * @return this builder
     */
    public Builder currency(String value) {
      settings.currency = Objects.requireNonNull(value, "currency");
      return this;
    }

    /**
     * Restricts the label formats (default PDF, ZPL and PNG).
     *
     * @param formats the formats
     * @return this builder
     */
    public Builder labelFormats(LabelFormat... formats) {
      settings.labelFormats.clear();
      settings.labelFormats.addAll(List.of(formats));
      return this;
    }

    /**
     * Sets the tracking number prefix (default the upper-cased carrier code).
     *
     * @param value the prefix
     * @return this builder
     */
    public Builder trackingPrefix(String value) {
      settings.trackingPrefix = Objects.requireNonNull(value, "trackingPrefix");
      return this;
    }

    /**
     * Whether the carrier deduplicates purchases by idempotency key (default true). When false, a
     * repeated purchase buys again, like many real carrier APIs.
     *
     * @param value whether idempotent
     * @return this builder
     */
    public Builder idempotentCreate(boolean value) {
      settings.idempotentCreate = value;
      return this;
    }

    /**
     * Whether {@link SimulatedCarrier#findShipment} finds shipments by idempotency key (default
     * true).
     *
     * @param value whether supported
     * @return this builder
     */
    public Builder findShipmentSupported(boolean value) {
      settings.findSupported = value;
      return this;
    }

    /**
     * Sets the clock used for "today", label-created events and the tracking timeline (default UTC
     * system clock).
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      settings.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Declares shipment options the carrier honours (default none).
     *
     * @param values the options
     * @return this builder
     */
    public Builder supportedOptions(ShipmentOption... values) {
      settings.options.addAll(List.of(values));
      return this;
    }

    /**
     * Takes one parcel per shipment (default false: multi-parcel shipments).
     *
     * @param value whether so
     * @return this builder
     */
    public Builder oneParcelPerShipment(boolean value) {
      settings.oneParcelPerShipment = value;
      return this;
    }

    /**
     * Prices by dimensional weight with this divisor in cubic centimetres per kilogram.
     *
     * @param cubicCentimetresPerKilogram for example {@code "5000"}
     * @return this builder
     */
    public Builder dimensionalDivisor(String cubicCentimetresPerKilogram) {
      settings.dimensionalDivisor = new BigDecimal(cubicCentimetresPerKilogram);
      return this;
    }

    /**
     * Refuses to void manifested labels, which then need a refund (default false).
     *
     * @param value whether so
     * @return this builder
     */
    public Builder refundAfterManifest(boolean value) {
      settings.refundAfterManifest = value;
      return this;
    }

    /**
     * Declares address validation (default false; see {@link SimulatedCarrier#addressVerdict}).
     *
     * @param value whether declared
     * @return this builder
     */
    public Builder addressValidation(boolean value) {
      settings.addressValidation = value;
      return this;
    }

    /**
     * Builds the carrier.
     *
     * @return the carrier
     * @throws IllegalArgumentException if no service was added
     */
    public SimulatedCarrier build() {
      settings.requireService();
      return new SimulatedCarrier(settings);
    }
  }
}
