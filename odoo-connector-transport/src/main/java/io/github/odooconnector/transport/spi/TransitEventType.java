package io.github.odooconnector.transport.spi;

/** What happened to a load on its way. Enum constants are immutable and thread-safe. */
public enum TransitEventType {
  /** The carrier collected the freight. */
  PICKED_UP,
  /** A milestone on the way (departed a terminal, crossed a border). */
  IN_TRANSIT,
  /** The estimated arrival changed without a reported problem. */
  ETA_CHANGED,
  /** The load is late; the update says why and usually carries a new estimated arrival. */
  DELAYED,
  /** The truck arrived at the destination (checked in at the gate or dock). */
  ARRIVED,
  /** The freight was delivered; a proof of delivery usually follows. */
  DELIVERED,
  /** Something went wrong that is not only a delay (damage, refused, lost). */
  EXCEPTION
}
