package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.PositiveQuantity;
import io.github.odooconnector.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * A quantity of one product that left in a {@link Shipment}, with lot and serial numbers and the
 * parcel it is in.
 *
 * <p>Immutable and thread-safe. The constructor does not validate (use {@link CanonicalValidator});
 * lists are defensively copied and never null.
 *
 * @param orderLineRef the fulfillment or sales order line this ships, or null
 * @param sku the shipped product
 * @param quantity shipped quantity, greater than zero
 * @param lotNumber lot/batch number, or null when not lot-tracked
 * @param serialNumbers serial numbers of the individual units, empty when not serial-tracked
 * @param parcelId the {@link Parcel#parcelId()} this quantity is packed in, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShipmentLine(
    @Size(max = 128) String orderLineRef,
    @NotNull @Valid Sku sku,
    @NotNull @Valid @PositiveQuantity Quantity quantity,
    @Size(max = 128) String lotNumber,
    List<@NotBlank @Size(max = 128) String> serialNumbers,
    @Size(max = 128) String parcelId) {

  /**
   * Normalizes null lists to empty immutable lists; never throws, so that every problem is reported
   * by the validator at once.
   *
   * @param orderLineRef see the record description
   * @param sku see the record description
   * @param quantity see the record description
   * @param lotNumber see the record description
   * @param serialNumbers see the record description
   * @param parcelId see the record description
   */
  public ShipmentLine {
    serialNumbers = Lists.copy(serialNumbers);
  }

  /**
   * Creates a line with only product and quantity.
   *
   * @param orderLineRef order line reference, may be null
   * @param sku product
   * @param quantity shipped quantity
   * @return the line
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static ShipmentLine of(String orderLineRef, Sku sku, Quantity quantity) {
    return Factories.requireValid(
        new ShipmentLine(orderLineRef, sku, quantity, null, List.of(), null));
  }

  /**
   * The fulfillment or sales order line this ships, if present.
   *
   * @return {@link #orderLineRef()}, or empty when it is null
   */
  public Optional<String> optionalOrderLineRef() {
    return Optional.ofNullable(orderLineRef);
  }

  /**
   * Lot/batch number, if present.
   *
   * @return {@link #lotNumber()}, or empty when it is null
   */
  public Optional<String> optionalLotNumber() {
    return Optional.ofNullable(lotNumber);
  }

  /**
   * The {@link Parcel#parcelId()} of the parcel this quantity is packed in, if present.
   *
   * @return {@link #parcelId()}, or empty when it is null
   */
  public Optional<String> optionalParcelId() {
    return Optional.ofNullable(parcelId);
  }
}
