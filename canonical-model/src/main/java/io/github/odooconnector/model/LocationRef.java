package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * A place where stock is: a warehouse and, optionally, a bin (shelf/slot) inside it. Maps to an
 * Odoo {@code stock.location} such as {@code WH/Stock/A-01-02} (warehouse {@code WH}, bin {@code
 * Stock/A-01-02}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param warehouse warehouse code, for example {@code WH}
 * @param bin bin or sub-location inside the warehouse, or null for the warehouse as a whole
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LocationRef(@NotBlank @Size(max = 64) String warehouse, @Size(max = 200) String bin) {

  /**
   * Normalizes a blank bin to null; never throws.
   *
   * @param warehouse warehouse code
   * @param bin bin
   */
  public LocationRef {
    warehouse = warehouse == null ? null : warehouse.strip();
    bin = bin == null || bin.isBlank() ? null : bin.strip();
  }

  /**
   * A whole warehouse.
   *
   * @param warehouse warehouse code
   * @return the location
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static LocationRef of(String warehouse) {
    return Factories.requireValid(new LocationRef(warehouse, null));
  }

  /**
   * A bin in a warehouse.
   *
   * @param warehouse warehouse code
   * @param bin bin, or null (a blank bin is normalized to null)
   * @return the location
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static LocationRef of(String warehouse, String bin) {
    return Factories.requireValid(new LocationRef(warehouse, bin));
  }

  /**
   * The bin if present.
   *
   * @return the bin
   */
  public Optional<String> optionalBin() {
    return Optional.ofNullable(bin);
  }

  /**
   * Renders as {@code WH/A-01-02} or {@code WH}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return bin == null ? String.valueOf(warehouse) : warehouse + "/" + bin;
  }
}
