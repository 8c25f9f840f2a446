package io.github.odooconnector.edi.api;

/**
 * The EDI standard an interchange is written in.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum EdiStandard {
  /** ANSI ASC X12 (ISA/GS/ST envelopes), mostly North America. */
  X12,
  /** UN/EDIFACT (UNB/UNH envelopes), mostly Europe and international trade. */
  EDIFACT
}
