package io.github.odooconnector.edi.api;

/**
 * What a partner's functional acknowledgement (997 or CONTRL) says about an interchange, group or
 * transaction we sent.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum AcknowledgementResult {
  /** Accepted (997 {@code A}, CONTRL action {@code 7}). */
  ACCEPTED,
  /** Accepted, but errors were noted (997 {@code E}). */
  ACCEPTED_WITH_ERRORS,
  /** Some transactions of the group were accepted, others rejected (997 AK9 {@code P}). */
  PARTIALLY_ACCEPTED,
  /** Rejected (997 {@code R}, {@code M}, {@code W}, {@code X}; CONTRL action {@code 4}). */
  REJECTED,
  /** Received but not yet checked (CONTRL UCI action {@code 8}). */
  RECEIVED
}
