package io.github.odooconnector.edi.api;

import io.github.odooconnector.model.DiscrepancyType;
import io.github.odooconnector.model.StockStatus;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The codes a warehouse (3PL) partner uses in the X12 warehouse transactions 940, 945, 943, 944 and
 * 846: which product id qualifier carries our SKU, which N9 qualifiers carry order references and
 * tracking numbers, the W66/W27 payment and transport codes, the W13 receiving condition codes of
 * each discrepancy type and the 846 QTY01 quantity qualifiers of each stock status. Partners differ
 * here, so these are configuration on the {@link TradingPartner}, never code. The defaults are
 * common choices; confirm them against the partner's implementation guide.
 *
 * <p>Immutable and thread-safe. Start from {@link #defaults()} or {@link #builder()}.
 *
 * @param productQualifier product id qualifier of our SKU in W01/W12/W04/W07/LIN (default {@code
 *     SK}; some 3PLs want {@code VN} or {@code BP})
 * @param orderReferenceQualifier N9 qualifier of the sales order in 940/945 and of the order line
 *     in their line loops (default {@code CO}, customer order number)
 * @param trackingReferenceQualifier N9 qualifier of shipment-level tracking numbers in 945/943
 *     (default {@code 2I}, tracking number; some use {@code BM} bill of lading or {@code CN} PRO)
 * @param priorityQualifier N9 qualifier carrying a priority other than normal in a 940 (default
 *     {@code PHC}, process handling code), valued {@code LOW}, {@code HIGH} or {@code URGENT}
 * @param shipmentMethodOfPayment W66-01 / W27-04 (default {@code PP}, prepaid)
 * @param transportationMethod W66-02 / W27-01 (default {@code M}, motor; {@code U} for parcel)
 * @param receivingConditions W13-03 receiving condition code of each discrepancy type in a 944
 *     (defaults: damaged {@code 01}, overage {@code 02}, shortage {@code 03}); a type without a
 *     code cannot be written and a code without a type is rejected when read
 * @param stockQuantityQualifiers 846 QTY01 qualifier of the on-hand quantity of each stock status
 *     (defaults: available {@code 17}, quarantine {@code QH}, damaged {@code 74}, in transit {@code
 *     IQ}; allocated has none until configured)
 * @param availableQuantityQualifier 846 QTY01 qualifier of the quantity available (on hand minus
 *     reserved) following a status quantity (default {@code 33})
 * @param completeReportType BIA02 report type of a complete inventory snapshot (default {@code DD})
 * @param partialReportType BIA02 report type of a partial snapshot (default {@code MB})
 */
public record X12WarehouseOptions(
    String productQualifier,
    String orderReferenceQualifier,
    String trackingReferenceQualifier,
    String priorityQualifier,
    String shipmentMethodOfPayment,
    String transportationMethod,
    Map<DiscrepancyType, String> receivingConditions,
    Map<StockStatus, String> stockQuantityQualifiers,
    String availableQuantityQualifier,
    String completeReportType,
    String partialReportType) {

  /**
   * Validates the codes: none blank, no code used for two meanings.
   *
   * @param productQualifier see the record description
   * @param orderReferenceQualifier see the record description
   * @param trackingReferenceQualifier see the record description
   * @param priorityQualifier see the record description
   * @param shipmentMethodOfPayment see the record description
   * @param transportationMethod see the record description
   * @param receivingConditions see the record description
   * @param stockQuantityQualifiers see the record description
   * @param availableQuantityQualifier see the record description
   * @param completeReportType see the record description
   * @param partialReportType see the record description
   */
  public X12WarehouseOptions {
    requireCode(productQualifier, "productQualifier");
    requireCode(orderReferenceQualifier, "orderReferenceQualifier");
    requireCode(trackingReferenceQualifier, "trackingReferenceQualifier");
    requireCode(priorityQualifier, "priorityQualifier");
    requireCode(shipmentMethodOfPayment, "shipmentMethodOfPayment");
    requireCode(transportationMethod, "transportationMethod");
    requireCode(availableQuantityQualifier, "availableQuantityQualifier");
    requireCode(completeReportType, "completeReportType");
    requireCode(partialReportType, "partialReportType");
    receivingConditions = Map.copyOf(Objects.requireNonNull(receivingConditions, "conditions"));
    stockQuantityQualifiers =
        Map.copyOf(Objects.requireNonNull(stockQuantityQualifiers, "stockQuantityQualifiers"));
    unique(receivingConditions.values(), Set.of(), "receivingConditions");
    unique(
        stockQuantityQualifiers.values(),
        Set.of(availableQuantityQualifier),
        "stockQuantityQualifiers");
    if (completeReportType.equals(partialReportType)) {
      throw new IllegalArgumentException(
          "completeReportType and partialReportType must differ: " + completeReportType);
    }
  }

  private static void requireCode(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  private static void unique(Iterable<String> codes, Set<String> reserved, String name) {
    Set<String> seen = new HashSet<>(reserved);
    for (String code : codes) {
      requireCode(code, name);
      if (!seen.add(code)) {
        throw new IllegalArgumentException(name + ": code " + code + " is used twice");
      }
    }
  }

  /**
   * The default codes (see the record description).
   *
   * @return the defaults
   */
  public static X12WarehouseOptions defaults() {
    return builder().build();
  }

  /**
   * Starts a builder with the default codes.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link X12WarehouseOptions}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String productQualifier = "SK";
    private String orderReferenceQualifier = "CO";
    private String trackingReferenceQualifier = "2I";
    private String priorityQualifier = "PHC";
    private String shipmentMethodOfPayment = "PP";
    private String transportationMethod = "M";
    private final Map<DiscrepancyType, String> receivingConditions =
        new EnumMap<>(DiscrepancyType.class);
    private final Map<StockStatus, String> stockQuantityQualifiers =
        new EnumMap<>(StockStatus.class);
    private String availableQuantityQualifier = "33";
    private String completeReportType = "DD";
    private String partialReportType = "MB";

    private Builder() {
      receivingConditions.put(DiscrepancyType.DAMAGED, "01");
      receivingConditions.put(DiscrepancyType.OVERAGE, "02");
      receivingConditions.put(DiscrepancyType.SHORTAGE, "03");
      stockQuantityQualifiers.put(StockStatus.AVAILABLE, "17");
      stockQuantityQualifiers.put(StockStatus.QUARANTINE, "QH");
      stockQuantityQualifiers.put(StockStatus.DAMAGED, "74");
      stockQuantityQualifiers.put(StockStatus.IN_TRANSIT, "IQ");
    }

    /**
     * Sets the product id qualifier of our SKU.
     *
     * @param qualifier for example {@code SK}, {@code VN}, {@code BP}
     * @return this builder
     */
    public Builder productQualifier(String qualifier) {
      this.productQualifier = qualifier;
      return this;
    }

    /**
     * Sets the N9 qualifier of sales order (and order line) references.
     *
     * @param qualifier for example {@code CO} or {@code SO}
     * @return this builder
     */
    public Builder orderReferenceQualifier(String qualifier) {
      this.orderReferenceQualifier = qualifier;
      return this;
    }

    /**
     * Sets the N9 qualifier of shipment-level tracking numbers.
     *
     * @param qualifier for example {@code 2I}, {@code BM} or {@code CN}
     * @return this builder
     */
    public Builder trackingReferenceQualifier(String qualifier) {
      this.trackingReferenceQualifier = qualifier;
      return this;
    }

    /**
     * Sets the N9 qualifier carrying a non-normal priority in a 940.
     *
     * @param qualifier for example {@code PHC}
     * @return this builder
     */
    public Builder priorityQualifier(String qualifier) {
      this.priorityQualifier = qualifier;
      return this;
    }

    /**
     * Sets the shipment method of payment written in W66-01 / W27-04.
     *
     * @param code for example {@code PP} (prepaid), {@code CC} (collect), {@code TP} (third party)
     * @return this builder
     */
    public Builder shipmentMethodOfPayment(String code) {
      this.shipmentMethodOfPayment = code;
      return this;
    }

    /**
     * Sets the transportation method written in W66-02 / W27-01.
     *
     * @param code for example {@code M} (motor), {@code U} (private parcel service), {@code A}
     * @return this builder
     */
    public Builder transportationMethod(String code) {
      this.transportationMethod = code;
      return this;
    }

    /**
     * Sets the W13-03 receiving condition code of a discrepancy type.
     *
     * @param type the discrepancy type
     * @param code the partner's code
     * @return this builder
     */
    public Builder receivingCondition(DiscrepancyType type, String code) {
      receivingConditions.put(Objects.requireNonNull(type, "type"), code);
      return this;
    }

    /**
     * Sets the 846 QTY01 qualifier of the on-hand quantity of a stock status.
     *
     * @param status the stock status bucket
     * @param qualifier the partner's quantity qualifier
     * @return this builder
     */
    public Builder stockQuantityQualifier(StockStatus status, String qualifier) {
      stockQuantityQualifiers.put(Objects.requireNonNull(status, "status"), qualifier);
      return this;
    }

    /**
     * Sets the 846 QTY01 qualifier of the available quantity (on hand minus reserved).
     *
     * @param qualifier for example {@code 33}
     * @return this builder
     */
    public Builder availableQuantityQualifier(String qualifier) {
      this.availableQuantityQualifier = qualifier;
      return this;
    }

    /**
     * Sets the BIA02 report types of complete and partial inventory snapshots.
     *
     * @param complete the report type of a complete snapshot
     * @param partial the report type of a partial snapshot
     * @return this builder
     */
    public Builder reportTypes(String complete, String partial) {
      this.completeReportType = complete;
      this.partialReportType = partial;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the validated options
     * @throws IllegalArgumentException naming the first invalid code
     */
    public X12WarehouseOptions build() {
      return new X12WarehouseOptions(
          productQualifier,
          orderReferenceQualifier,
          trackingReferenceQualifier,
          priorityQualifier,
          shipmentMethodOfPayment,
          transportationMethod,
          receivingConditions,
          stockQuantityQualifiers,
          availableQuantityQualifier,
          completeReportType,
          partialReportType);
    }
  }
}
