package io.github.odooconnector.edi.api;

/**
 * What is wrong at an {@link EdiError}'s position.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum EdiErrorKind {
  /** The interchange cannot be tokenized at all (bad ISA/UNA/UNB, stray characters). */
  SYNTAX,
  /** A segment that must be present is missing. */
  MISSING_SEGMENT,
  /** A segment is not recognized or not allowed here. */
  UNEXPECTED_SEGMENT,
  /** A required element is empty or missing. */
  MISSING_ELEMENT,
  /** An element's value is invalid (format, code, date, number, reference). */
  INVALID_VALUE,
  /** An element is longer than allowed. */
  TOO_LONG,
  /** An element is shorter than allowed. */
  TOO_SHORT,
  /** A segment has more elements or components than allowed. */
  TOO_MANY_ELEMENTS,
  /** A trailer's count or control number does not match its header or content. */
  CONTROL_MISMATCH,
  /** The envelope names a sender or receiver other than the configured trading partner. */
  UNKNOWN_PARTY,
  /** The transaction set or message type is not one this module maps. */
  UNSUPPORTED_TRANSACTION
}
