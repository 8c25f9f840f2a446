package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.PositiveQuantity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One announced line of an {@link AdvanceShipNotice}: a product and quantity the supplier says is
 * on its way.
 *
 * <p>Immutable and thread-safe. The constructor does not validate (use {@link CanonicalValidator});
 * lists are defensively copied and never null.
 *
 * @param lineId line identifier, unique within the notice
 * @param sku the announced product
 * @param gtin the product's GTIN, or null
 * @param expectedQuantity announced quantity, greater than zero
 * @param lotNumber announced lot, or null
 * @param expiryDate best-before/expiry date of the lot, or null
 * @param purchaseOrderLineRef the purchase order line, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AsnLine(
    @NotBlank @Size(max = 128) String lineId,
    @NotNull @Valid Sku sku,
    @Valid Gtin gtin,
    @NotNull @Valid @PositiveQuantity Quantity expectedQuantity,
    @Size(max = 128) String lotNumber,
    LocalDate expiryDate,
    @Size(max = 128) String purchaseOrderLineRef) {

  /**
   * Creates a line with only product and quantity.
   *
   * @param lineId line identifier
   * @param sku product
   * @param expectedQuantity announced quantity
   * @return the line
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static AsnLine of(String lineId, Sku sku, Quantity expectedQuantity) {
    return Factories.requireValid(
        new AsnLine(lineId, sku, null, expectedQuantity, null, null, null));
  }

  /**
   * The product's GTIN, if present.
   *
   * @return {@link #gtin()}, or empty when it is null
   */
  public Optional<Gtin> optionalGtin() {
    return Optional.ofNullable(gtin);
  }

  /**
   * Announced lot, if present.
   *
   * @return {@link #lotNumber()}, or empty when it is null
   */
  public Optional<String> optionalLotNumber() {
    return Optional.ofNullable(lotNumber);
  }

  /**
   * Best-before/expiry date of the lot, if present.
   *
   * @return {@link #expiryDate()}, or empty when it is null
   */
  public Optional<LocalDate> optionalExpiryDate() {
    return Optional.ofNullable(expiryDate);
  }

  /**
   * The purchase order line, if present.
   *
   * @return {@link #purchaseOrderLineRef()}, or empty when it is null
   */
  public Optional<String> optionalPurchaseOrderLineRef() {
    return Optional.ofNullable(purchaseOrderLineRef);
  }
}
