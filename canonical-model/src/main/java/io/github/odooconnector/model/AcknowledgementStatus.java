package io.github.odooconnector.model;

/**
 * A supplier's answer to a purchase order as a whole ({@link PurchaseOrderAcknowledgement}).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum AcknowledgementStatus {
  /** Accepted as ordered (X12 BAK02 {@code AD}, EDIFACT BGM 1225 {@code 29}). */
  ACCEPTED,
  /** Accepted with changed quantities, prices or dates (X12 {@code AC}, EDIFACT {@code 4}). */
  ACCEPTED_WITH_CHANGES,
  /** Rejected (X12 {@code RJ}, EDIFACT {@code 27}). */
  REJECTED
}
