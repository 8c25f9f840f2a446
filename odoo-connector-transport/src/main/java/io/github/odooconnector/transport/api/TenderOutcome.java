package io.github.odooconnector.transport.api;

import io.github.odooconnector.transport.spi.TenderResponse;
import io.github.odooconnector.transport.spi.TenderStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What tendering a picking's freight did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pickingId the Odoo picking's id
 * @param picking the picking's name, for example {@code WH/OUT/00012}
 * @param tenderId the tender's id as sent to the TMS
 * @param response the carrier's answer
 * @param deliveryCarrierId the {@code delivery.carrier} written to the picking's {@code
 *     carrier_id}, or null (not accepted, or no delivery method matches the carrier)
 * @param changes what was written to the picking, one readable line each (empty unless accepted)
 * @param activityId the {@code mail.activity} raised for a refusal or a counter-offer, or null
 */
public record TenderOutcome(
    long pickingId,
    String picking,
    String tenderId,
    TenderResponse response,
    Long deliveryCarrierId,
    List<String> changes,
    Long activityId) {

  /**
   * Checks and copies the components.
   *
   * @param pickingId see the record description
   * @param picking see the record description
   * @param tenderId see the record description
   * @param response see the record description
   * @param deliveryCarrierId see the record description
   * @param changes see the record description
   * @param activityId see the record description
   */
  public TenderOutcome {
    Objects.requireNonNull(picking, "picking");
    Objects.requireNonNull(tenderId, "tenderId");
    Objects.requireNonNull(response, "response");
    changes = List.copyOf(changes);
  }

  /**
   * The carrier's answer, short for {@code response().status()}.
   *
   * @return the status
   */
  public TenderStatus status() {
    return response.status();
  }

  /**
   * The delivery method written to the picking, if any.
   *
   * @return the {@code delivery.carrier} id
   */
  public Optional<Long> optionalDeliveryCarrierId() {
    return Optional.ofNullable(deliveryCarrierId);
  }

  /**
   * The activity raised, if any.
   *
   * @return the {@code mail.activity} id
   */
  public Optional<Long> optionalActivityId() {
    return Optional.ofNullable(activityId);
  }
}
