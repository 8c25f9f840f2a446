package io.github.odooconnector.escalation.api;

/**
 * The kinds of workflow exception people must see. Enum constants are immutable and thread-safe.
 */
public enum IncidentKind {
  /** The warehouse picked less than ordered. */
  SHORT_PICK,
  /** A receipt differs from what was ordered or announced. */
  RECEIPT_DISCREPANCY,
  /** A carrier label could not be bought or printed. */
  LABEL_FAILURE,
  /** A shipment is late against its promised date or has not moved. */
  TRACKING_DELAY,
  /** A partner's EDI interchange was rejected (or ours was). */
  EDI_REJECTION,
  /** A carrier or TMS refused a load tender. */
  TENDER_REFUSED,
  /** A call may or may not have taken effect (a label may have been bought); someone must check. */
  OUTCOME_UNKNOWN,
  /** A supplier document needs a buyer's review. */
  SUPPLIER_REVIEW,
  /** The warehouse put a released order on hold. */
  ORDER_HELD,
  /** The warehouse reported an exception that stops a released order. */
  ORDER_EXCEPTION,
  /** The warehouse cancelled a released order on its side. */
  ORDER_CANCELLED,
  /**
   * A change made in Odoo after an order was handed over (a cancellation, changed quantities or
   * address) could not be sent to the warehouse or carrier and must be made there by hand.
   */
  CHANGE_NOT_SENT,
  /** A supplier announced a delivery later than the purchase order planned. */
  LATE_DELIVERY,
  /**
   * A supplier's ship notice does not match the purchase order (products not ordered, more than
   * ordered).
   */
  SHIP_NOTICE_MISMATCH
}
