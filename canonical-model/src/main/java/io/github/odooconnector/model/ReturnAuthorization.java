package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A return merchandise authorization (RMA): permission for a customer to send goods back, what may
 * come back, and where it goes.
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} (which validates) or the canonical
 * constructor (which does not; use {@link CanonicalValidator}). Lists are defensively copied, never
 * null.
 *
 * @param rmaId RMA identifier
 * @param orderRef the original sales order, or null
 * @param customer the returning customer
 * @param returnTo the receiving warehouse (and returns bin)
 * @param lines authorized lines, at least one
 * @param authorizedAt when the return was authorized
 * @param expiresOn last day the return is accepted, or null
 * @param carrierService return carrier, or null
 * @param trackingNumbers return label tracking numbers, possibly empty
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReturnAuthorization(
    @NotBlank @Size(max = 128) String rmaId,
    @Size(max = 128) String orderRef,
    @NotNull @Valid Party customer,
    @NotNull @Valid LocationRef returnTo,
    @NotEmpty List<@NotNull @Valid ReturnLine> lines,
    @NotNull Instant authorizedAt,
    LocalDate expiresOn,
    @Valid CarrierService carrierService,
    List<@NotBlank @Size(max = 128) String> trackingNumbers) {

  /**
   * Normalizes null lists to empty immutable lists; never throws, so that every problem is reported
   * by the validator at once.
   *
   * @param rmaId see the record description
   * @param orderRef see the record description
   * @param customer see the record description
   * @param returnTo see the record description
   * @param lines see the record description
   * @param authorizedAt see the record description
   * @param expiresOn see the record description
   * @param carrierService see the record description
   * @param trackingNumbers see the record description
   */
  public ReturnAuthorization {
    lines = Lists.copy(lines);
    trackingNumbers = Lists.copy(trackingNumbers);
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
    b.rmaId = rmaId;
    b.orderRef = orderRef;
    b.customer = customer;
    b.returnTo = returnTo;
    b.lines.addAll(lines);
    b.authorizedAt = authorizedAt;
    b.expiresOn = expiresOn;
    b.carrierService = carrierService;
    b.trackingNumbers.addAll(trackingNumbers);
    return b;
  }

  /**
   * The original sales order, if present.
   *
   * @return {@link #orderRef()}, or empty when it is null
   */
  public Optional<String> optionalOrderRef() {
    return Optional.ofNullable(orderRef);
  }

  /**
   * Last day the return is accepted, if present.
   *
   * @return {@link #expiresOn()}, or empty when it is null
   */
  public Optional<LocalDate> optionalExpiresOn() {
    return Optional.ofNullable(expiresOn);
  }

  /**
   * Return carrier, if present.
   *
   * @return {@link #carrierService()}, or empty when it is null
   */
  public Optional<CarrierService> optionalCarrierService() {
    return Optional.ofNullable(carrierService);
  }

  /** Builder for {@link ReturnAuthorization}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String rmaId;
    private String orderRef;
    private Party customer;
    private LocationRef returnTo;
    private final List<ReturnLine> lines = new ArrayList<>();
    private Instant authorizedAt;
    private LocalDate expiresOn;
    private CarrierService carrierService;
    private final List<String> trackingNumbers = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the rmaId.
     *
     * @param rmaId RMA identifier
     * @return this builder
     */
    public Builder rmaId(String rmaId) {
      this.rmaId = rmaId;
      return this;
    }

    /**
     * Sets the orderRef.
     *
     * @param orderRef the original sales order
     * @return this builder
     */
    public Builder orderRef(String orderRef) {
      this.orderRef = orderRef;
      return this;
    }

    /**
     * Sets the customer.
     *
     * @param customer the returning customer
     * @return this builder
     */
    public Builder customer(Party customer) {
      this.customer = customer;
      return this;
    }

    /**
     * Sets the returnTo.
     *
     * @param returnTo the receiving warehouse (and returns bin)
     * @return this builder
     */
    public Builder returnTo(LocationRef returnTo) {
      this.returnTo = returnTo;
      return this;
    }

    /**
     * Replaces the lines.
     *
     * @param lines authorized lines
     * @return this builder
     */
    public Builder lines(List<? extends ReturnLine> lines) {
      this.lines.clear();
      this.lines.addAll(Objects.requireNonNull(lines, "lines"));
      return this;
    }

    /**
     * Appends one element to the lines.
     *
     * @param line the element to add
     * @return this builder
     */
    public Builder addLine(ReturnLine line) {
      this.lines.add(Objects.requireNonNull(line, "line"));
      return this;
    }

    /**
     * Sets the authorizedAt.
     *
     * @param authorizedAt when the return was authorized
     * @return this builder
     */
    public Builder authorizedAt(Instant authorizedAt) {
      this.authorizedAt = authorizedAt;
      return this;
    }

    /**
     * Sets the expiresOn.
     *
     * @param expiresOn last day the return is accepted
     * @return this builder
     */
    public Builder expiresOn(LocalDate expiresOn) {
      this.expiresOn = expiresOn;
      return this;
    }

    /**
     * Sets the carrierService.
     *
     * @param carrierService return carrier
     * @return this builder
     */
    public Builder carrierService(CarrierService carrierService) {
      this.carrierService = carrierService;
      return this;
    }

    /**
     * Replaces the trackingNumbers.
     *
     * @param trackingNumbers return label tracking numbers
     * @return this builder
     */
    public Builder trackingNumbers(List<? extends String> trackingNumbers) {
      this.trackingNumbers.clear();
      this.trackingNumbers.addAll(Objects.requireNonNull(trackingNumbers, "trackingNumbers"));
      return this;
    }

    /**
     * Appends one element to the trackingNumbers.
     *
     * @param trackingNumber the element to add
     * @return this builder
     */
    public Builder addTrackingNumber(String trackingNumber) {
      this.trackingNumbers.add(Objects.requireNonNull(trackingNumber, "trackingNumber"));
      return this;
    }

    /**
     * Builds the {@link ReturnAuthorization} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation
     */
    public ReturnAuthorization build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link ReturnAuthorization} without validating it, for callers that collect
     * violations themselves (for example a mapper reporting every problem of a source record via
     * {@link CanonicalValidator#validate}).
     *
     * @return the instance, possibly invalid
     */
    public ReturnAuthorization buildUnvalidated() {
      return new ReturnAuthorization(
          rmaId,
          orderRef,
          customer,
          returnTo,
          lines,
          authorizedAt,
          expiresOn,
          carrierService,
          trackingNumbers);
    }
  }
}
