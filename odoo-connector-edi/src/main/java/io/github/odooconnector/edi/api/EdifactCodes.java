package io.github.odooconnector.edi.api;

import io.github.odooconnector.model.StockStatus;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The EDIFACT codes that partners choose differently, as configuration of a {@link TradingPartner}:
 * which product id qualifier (PIA 7143) carries our SKU, and which quantity qualifiers (QTY 6063)
 * of an INVRPT carry each {@link StockStatus} bucket. Reading uses the same codes as writing, so a
 * partner with other codes is a new value, not new code.
 *
 * <p>Defaults ({@link #defaults()}): SKU as {@code IN} (buyer's item number); INVRPT quantities
 * {@code 17} on hand (available bucket), {@code 145} actual stock available (on hand minus
 * reserved), {@code 66} allocated, {@code 27} on hold (quarantine), {@code 20} unusable (damaged)
 * and {@code ZZZ} (mutually defined) in transit.
 *
 * <p>Immutable and thread-safe.
 *
 * @param skuQualifier PIA 7143 code of our SKU, for example {@code IN} or {@code SA}
 * @param stockQuantityQualifiers the QTY 6063 code of each stock status bucket (every status, all
 *     codes distinct); the {@link StockStatus#AVAILABLE} code carries the on-hand quantity
 * @param availableQuantityQualifier the QTY 6063 code of the quantity available (on hand minus
 *     reserved), which carries a level's {@code reserved}
 */
public record EdifactCodes(
    String skuQualifier,
    Map<StockStatus, String> stockQuantityQualifiers,
    String availableQuantityQualifier) {

  /**
   * Validates and copies the codes.
   *
   * @param skuQualifier see the record description
   * @param stockQuantityQualifiers see the record description
   * @param availableQuantityQualifier see the record description
   * @throws IllegalArgumentException if a code is blank, a status has no code or two share one
   */
  public EdifactCodes {
    requireCode(skuQualifier, "skuQualifier");
    requireCode(availableQuantityQualifier, "availableQuantityQualifier");
    Objects.requireNonNull(stockQuantityQualifiers, "stockQuantityQualifiers");
    Set<String> seen = new HashSet<>();
    seen.add(availableQuantityQualifier);
    for (StockStatus s : StockStatus.values()) {
      String code = stockQuantityQualifiers.get(s);
      requireCode(code, "stockQuantityQualifiers[" + s + "]");
      if (!seen.add(code)) {
        throw new IllegalArgumentException(
            "QTY qualifier " + code + " of " + s + " is used twice; every quantity needs its own");
      }
    }
    stockQuantityQualifiers = Map.copyOf(new EnumMap<>(stockQuantityQualifiers));
  }

  private static void requireCode(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  /**
   * The default codes (see the type description).
   *
   * @return the defaults
   */
  public static EdifactCodes defaults() {
    Map<StockStatus, String> qty = new EnumMap<>(StockStatus.class);
    qty.put(StockStatus.AVAILABLE, "17");
    qty.put(StockStatus.ALLOCATED, "66");
    qty.put(StockStatus.QUARANTINE, "27");
    qty.put(StockStatus.DAMAGED, "20");
    qty.put(StockStatus.IN_TRANSIT, "ZZZ");
    return new EdifactCodes("IN", qty, "145");
  }

  /**
   * A copy with another SKU qualifier.
   *
   * @param qualifier PIA 7143 code, for example {@code SA}
   * @return the copy
   */
  public EdifactCodes withSkuQualifier(String qualifier) {
    return new EdifactCodes(qualifier, stockQuantityQualifiers, availableQuantityQualifier);
  }

  /**
   * A copy with another QTY qualifier for one stock status.
   *
   * @param status the bucket
   * @param qualifier QTY 6063 code
   * @return the copy
   */
  public EdifactCodes withStockQuantityQualifier(StockStatus status, String qualifier) {
    Map<StockStatus, String> qty = new EnumMap<>(stockQuantityQualifiers);
    qty.put(Objects.requireNonNull(status, "status"), qualifier);
    return new EdifactCodes(skuQualifier, qty, availableQuantityQualifier);
  }

  /**
   * A copy with another QTY qualifier for the available quantity.
   *
   * @param qualifier QTY 6063 code
   * @return the copy
   */
  public EdifactCodes withAvailableQuantityQualifier(String qualifier) {
    return new EdifactCodes(skuQualifier, stockQuantityQualifiers, qualifier);
  }
}
