package io.github.odooconnector.model;

/**
 * The ICC Incoterms 2020 rules, which say where risk and cost pass from seller to buyer. For
 * parcels the common ones are {@link #DAP} (duties and taxes paid by the recipient) and {@link
 * #DDP} (paid by the shipper).
 *
 * <p>The JSON form of each constant is its three-letter code ({@code "DAP"}).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Incoterm {
  /** Ex Works. */
  EXW,
  /** Free Carrier. */
  FCA,
  /** Carriage Paid To. */
  CPT,
  /** Carriage and Insurance Paid To. */
  CIP,
  /** Delivered at Place: the recipient pays import duties and taxes. */
  DAP,
  /** Delivered at Place Unloaded. */
  DPU,
  /** Delivered Duty Paid: the shipper pays import duties and taxes. */
  DDP,
  /** Free Alongside Ship (sea freight). */
  FAS,
  /** Free On Board (sea freight). */
  FOB,
  /** Cost and Freight (sea freight). */
  CFR,
  /** Cost, Insurance and Freight (sea freight). */
  CIF
}
