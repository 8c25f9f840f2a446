package io.github.odooconnector.model;

/**
 * A supplier's answer to one purchase order line ({@link AcknowledgementLine}).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum LineAcknowledgementStatus {
  /** Accepted as ordered (X12 ACK01 {@code IA}, EDIFACT LIN 1229 {@code 5}). */
  ACCEPTED,
  /** Accepted with a changed quantity, price or date (X12 {@code IC}, EDIFACT {@code 3}). */
  CHANGED,
  /** Accepted but back-ordered (X12 {@code IB}, EDIFACT {@code 10}). */
  BACKORDERED,
  /** Rejected (X12 {@code IR}, EDIFACT {@code 7}). */
  REJECTED
}
