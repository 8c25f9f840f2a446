package io.github.odooconnector.model;

/**
 * The level of a {@link HandlingUnit} in a packing hierarchy.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum HandlingUnitType {
  /** A pallet (EDI 856 HL level T "tare", DESADV PAC package type PX). */
  PALLET,
  /** A carton or case (EDI 856 HL level P "pack", DESADV PAC package type CT). */
  CARTON
}
