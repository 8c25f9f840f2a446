package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed, carrier-neutral options of a shipment: insurance, signature, Saturday delivery, cash on
 * delivery, dangerous goods and label reference fields. {@link #requested()} names the {@link
 * ShipmentOption}s asked for, which a carrier must declare it supports.
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} (which validates), {@link #none()}
 * or the canonical constructor (which does not; use {@link CanonicalValidator}). Lists are
 * defensively copied, never null.
 *
 * @param declaredValue the value to insure, or null for no insurance beyond the carrier's default
 *     liability
 * @param signature who must sign for the delivery, or null for no signature
 * @param saturdayDelivery whether to deliver on Saturday
 * @param cashOnDelivery the amount to collect from the recipient, or null
 * @param dangerousGoods the dangerous goods in the parcels, possibly empty
 * @param dryIceWeight the weight of dry ice in the shipment, or null when there is none
 * @param references up to three reference texts printed on the label (order number, customer
 *     reference, ...), each at most 35 characters
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShipmentOptions(
    @Valid Money declaredValue,
    SignatureType signature,
    boolean saturdayDelivery,
    @Valid Money cashOnDelivery,
    List<@NotNull DangerousGoods> dangerousGoods,
    @Valid Weight dryIceWeight,
    @Size(max = 3) List<@NotBlank @Size(max = 35) String> references) {

  private static final ShipmentOptions NONE =
      new ShipmentOptions(null, null, false, null, List.of(), null, List.of());

  /**
   * Copies the lists (null becomes empty); never throws.
   *
   * @param declaredValue see the record description
   * @param signature see the record description
   * @param saturdayDelivery see the record description
   * @param cashOnDelivery see the record description
   * @param dangerousGoods see the record description
   * @param dryIceWeight see the record description
   * @param references see the record description
   */
  public ShipmentOptions {
    dangerousGoods = Lists.copy(dangerousGoods);
    references = Lists.copy(references);
  }

  /**
   * No option.
   *
   * @return the empty options
   */
  public static ShipmentOptions none() {
    return NONE;
  }

  /**
   * Starts an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder pre-filled with this instance's values, to derive a modified copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.declaredValue = declaredValue;
    b.signature = signature;
    b.saturdayDelivery = saturdayDelivery;
    b.cashOnDelivery = cashOnDelivery;
    b.dangerousGoods.addAll(dangerousGoods);
    b.dryIceWeight = dryIceWeight;
    b.references.addAll(references);
    return b;
  }

  /**
   * The options asked for, to check against what a carrier supports.
   *
   * @return the requested options, in declaration order; empty for {@link #none()}
   */
  public Set<ShipmentOption> requested() {
    Set<ShipmentOption> out = EnumSet.noneOf(ShipmentOption.class);
    if (declaredValue != null) {
      out.add(ShipmentOption.INSURANCE);
    }
    if (signature == SignatureType.STANDARD) {
      out.add(ShipmentOption.SIGNATURE);
    } else if (signature == SignatureType.ADULT) {
      out.add(ShipmentOption.ADULT_SIGNATURE);
    }
    if (saturdayDelivery) {
      out.add(ShipmentOption.SATURDAY_DELIVERY);
    }
    if (cashOnDelivery != null) {
      out.add(ShipmentOption.CASH_ON_DELIVERY);
    }
    if (!dangerousGoods.isEmpty()) {
      out.add(ShipmentOption.LITHIUM_BATTERIES);
    }
    if (dryIceWeight != null) {
      out.add(ShipmentOption.DRY_ICE);
    }
    if (!references.isEmpty()) {
      out.add(ShipmentOption.REFERENCES);
    }
    return Set.copyOf(out);
  }

  /**
   * Whether no option is asked for.
   *
   * @return true when {@link #requested()} is empty
   */
  public boolean isEmpty() {
    return requested().isEmpty();
  }

  /**
   * The value to insure, if any.
   *
   * @return the declared value
   */
  public Optional<Money> optionalDeclaredValue() {
    return Optional.ofNullable(declaredValue);
  }

  /**
   * Who must sign, if anyone.
   *
   * @return the signature type
   */
  public Optional<SignatureType> optionalSignature() {
    return Optional.ofNullable(signature);
  }

  /**
   * The amount to collect, if any.
   *
   * @return the amount
   */
  public Optional<Money> optionalCashOnDelivery() {
    return Optional.ofNullable(cashOnDelivery);
  }

  /**
   * The dry ice weight, if there is dry ice.
   *
   * @return the weight
   */
  public Optional<Weight> optionalDryIceWeight() {
    return Optional.ofNullable(dryIceWeight);
  }

  /** Builder for {@link ShipmentOptions}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private Money declaredValue;
    private SignatureType signature;
    private boolean saturdayDelivery;
    private Money cashOnDelivery;
    private final List<DangerousGoods> dangerousGoods = new ArrayList<>();
    private Weight dryIceWeight;
    private final List<String> references = new ArrayList<>();

    private Builder() {}

    /**
     * Insures the shipment up to a value.
     *
     * @param declaredValue the value
     * @return this builder
     */
    public Builder declaredValue(Money declaredValue) {
      this.declaredValue = declaredValue;
      return this;
    }

    /**
     * Requires a signature.
     *
     * @param signature who must sign
     * @return this builder
     */
    public Builder signature(SignatureType signature) {
      this.signature = signature;
      return this;
    }

    /**
     * Asks for Saturday delivery.
     *
     * @param saturdayDelivery whether to deliver on Saturday
     * @return this builder
     */
    public Builder saturdayDelivery(boolean saturdayDelivery) {
      this.saturdayDelivery = saturdayDelivery;
      return this;
    }

    /**
     * Collects an amount from the recipient.
     *
     * @param cashOnDelivery the amount
     * @return this builder
     */
    public Builder cashOnDelivery(Money cashOnDelivery) {
      this.cashOnDelivery = cashOnDelivery;
      return this;
    }

    /**
     * Declares dangerous goods in the parcels.
     *
     * @param goods the goods
     * @return this builder
     */
    public Builder dangerousGoods(DangerousGoods... goods) {
      dangerousGoods.addAll(List.of(goods));
      return this;
    }

    /**
     * Declares dry ice.
     *
     * @param dryIceWeight its weight
     * @return this builder
     */
    public Builder dryIceWeight(Weight dryIceWeight) {
      this.dryIceWeight = dryIceWeight;
      return this;
    }

    /**
     * Adds a reference text printed on the label.
     *
     * @param reference at most 35 characters; at most three references
     * @return this builder
     */
    public Builder addReference(String reference) {
      references.add(reference);
      return this;
    }

    /**
     * Builds the {@link ShipmentOptions} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation
     */
    public ShipmentOptions build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link ShipmentOptions} without validating it.
     *
     * @return the instance, possibly invalid
     */
    public ShipmentOptions buildUnvalidated() {
      return new ShipmentOptions(
          declaredValue,
          signature,
          saturdayDelivery,
          cashOnDelivery,
          dangerousGoods,
          dryIceWeight,
          references);
    }
  }
}
