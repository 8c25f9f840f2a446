package io.github.odooconnector.edi.api;

import java.util.Optional;

/**
 * The business transactions this module reads and writes, with their X12 transaction set and
 * EDIFACT message codes and the canonical document each carries.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum EdiTransaction {
  /** 850 / ORDERS: a purchase order ({@code PurchaseOrder}). */
  PURCHASE_ORDER("850", "PO", "ORDERS"),
  /** 855 / ORDRSP: a supplier's answer ({@code PurchaseOrderAcknowledgement}). */
  PURCHASE_ORDER_ACKNOWLEDGEMENT("855", "PR", "ORDRSP"),
  /** 856 / DESADV: an advance ship notice with pallets and cartons ({@code PackedShipNotice}). */
  SHIP_NOTICE("856", "SH", "DESADV"),
  /** 810 / INVOIC: an invoice ({@code Invoice}). */
  INVOICE("810", "IN", "INVOIC"),
  /** 940: a warehouse shipping order to a 3PL ({@code FulfillmentOrder}). X12 only. */
  WAREHOUSE_SHIPPING_ORDER("940", "OW", null),
  /** 945: the 3PL's warehouse shipping advice ({@code Shipment}). X12 only. */
  WAREHOUSE_SHIPPING_ADVICE("945", "SW", null),
  /** 943: a stock transfer shipment advice to a 3PL ({@code AdvanceShipNotice}). X12 only. */
  STOCK_TRANSFER_SHIPMENT_ADVICE("943", "AR", null),
  /** 944: the 3PL's stock transfer receipt advice ({@code Receipt}). X12 only. */
  STOCK_TRANSFER_RECEIPT_ADVICE("944", "RE", null),
  /** 846 / INVRPT: an inventory report ({@code InventorySnapshot}). */
  INVENTORY_REPORT("846", "IB", "INVRPT"),
  /**
   * 997 / CONTRL: a partner's functional acknowledgement of what we sent ({@link
   * FunctionalAcknowledgement}). Read like any transaction; written by {@link
   * EdiTranslator#acknowledge}, never by {@link EdiTranslator#write}.
   */
  FUNCTIONAL_ACKNOWLEDGEMENT("997", "FA", "CONTRL");

  private final String x12Code;
  private final String x12FunctionalGroup;
  private final String edifactCode;

  EdiTransaction(String x12Code, String x12FunctionalGroup, String edifactCode) {
    this.x12Code = x12Code;
    this.x12FunctionalGroup = x12FunctionalGroup;
    this.edifactCode = edifactCode;
  }

  /**
   * The X12 transaction set identifier (ST01).
   *
   * @return for example {@code 856}
   */
  public String x12Code() {
    return x12Code;
  }

  /**
   * The X12 functional identifier code of the group carrying this transaction (GS01).
   *
   * @return for example {@code SH}
   */
  public String x12FunctionalGroup() {
    return x12FunctionalGroup;
  }

  /**
   * The EDIFACT message type (UNH 0065), if EDIFACT has one this module supports.
   *
   * @return for example {@code DESADV}, or empty for the X12-only warehouse transactions
   */
  public Optional<String> edifactCode() {
    return Optional.ofNullable(edifactCode);
  }

  /**
   * The code of this transaction in a standard.
   *
   * @param standard the standard
   * @return the X12 or EDIFACT code, or empty when the standard has none here
   */
  public Optional<String> code(EdiStandard standard) {
    return standard == EdiStandard.X12 ? Optional.of(x12Code) : edifactCode();
  }

  /**
   * Finds the transaction of a code.
   *
   * @param standard the standard the code is from
   * @param code an X12 transaction set id or EDIFACT message type
   * @return the transaction, or empty when this module does not map the code
   */
  public static Optional<EdiTransaction> fromCode(EdiStandard standard, String code) {
    for (EdiTransaction t : values()) {
      if (t.code(standard).filter(c -> c.equals(code)).isPresent()) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
