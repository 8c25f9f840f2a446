package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The carrier-neutral shipment options a {@link ShipmentOptions} can request and a carrier adapter
 * can declare it supports; a workflow refuses a purchase asking for an option the carrier does not
 * declare before anything is bought.
 *
 * <p>The JSON form of each constant is its stable lower_snake_case name given by
 * {@code @JsonProperty}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ShipmentOption {
  /** Insurance up to a declared value ({@link ShipmentOptions#declaredValue()}). */
  @JsonProperty("insurance")
  INSURANCE,
  /** Someone must sign for the delivery. */
  @JsonProperty("signature")
  SIGNATURE,
  /** An adult (with identification) must sign for the delivery. */
  @JsonProperty("adult_signature")
  ADULT_SIGNATURE,
  /** Delivery on Saturday. */
  @JsonProperty("saturday_delivery")
  SATURDAY_DELIVERY,
  /**
   * The carrier collects an amount from the recipient ({@link ShipmentOptions#cashOnDelivery()}).
   */
  @JsonProperty("cash_on_delivery")
  CASH_ON_DELIVERY,
  /** The parcel contains lithium batteries ({@link ShipmentOptions#dangerousGoods()}). */
  @JsonProperty("lithium_batteries")
  LITHIUM_BATTERIES,
  /** The parcel contains dry ice ({@link ShipmentOptions#dryIceWeight()}). */
  @JsonProperty("dry_ice")
  DRY_ICE,
  /** Reference fields printed on the label ({@link ShipmentOptions#references()}). */
  @JsonProperty("references")
  REFERENCES
}
