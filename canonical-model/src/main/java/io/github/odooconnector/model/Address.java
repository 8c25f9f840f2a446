package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.CountryCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;

/**
 * A postal address. The country is an ISO 3166-1 alpha-2 code (upper-cased by the constructor), the
 * region a free-form state/province code or name as Odoo stores it ({@code
 * res.country.state.code}).
 *
 * <p>Immutable and thread-safe. Create with {@link #builder()} or {@link #of(String, String,
 * String, String)} (which validate) or the canonical constructor (which does not; use {@link
 * CanonicalValidator}). Prefer the builder over the constructor: six strings in a row are easy to
 * swap.
 *
 * @param street1 first street line
 * @param street2 second street line, or null
 * @param city city
 * @param region state, province or county, or null
 * @param postalCode postal code, or null (some countries have none)
 * @param countryCode ISO 3166-1 alpha-2 country code such as {@code DE} or {@code US}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Address(
    @NotBlank @Size(max = 200) String street1,
    @Size(max = 200) String street2,
    @NotBlank @Size(max = 100) String city,
    @Size(max = 100) String region,
    @Size(max = 20) String postalCode,
    @NotNull @CountryCode String countryCode) {

  /**
   * Normalizes the country code to upper case; never throws.
   *
   * @param street1 first street line
   * @param street2 second street line
   * @param city city
   * @param region region
   * @param postalCode postal code
   * @param countryCode country code
   */
  public Address {
    countryCode = countryCode == null ? null : countryCode.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * Creates an address without second street line and region.
   *
   * @param street1 street line
   * @param city city
   * @param postalCode postal code
   * @param countryCode ISO 3166-1 alpha-2 code
   * @return the address
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static Address of(String street1, String city, String postalCode, String countryCode) {
    return Factories.requireValid(new Address(street1, null, city, null, postalCode, countryCode));
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
    b.street1 = street1;
    b.street2 = street2;
    b.city = city;
    b.region = region;
    b.postalCode = postalCode;
    b.countryCode = countryCode;
    return b;
  }

  /**
   * The second street line if present.
   *
   * @return the second street line
   */
  public Optional<String> optionalStreet2() {
    return Optional.ofNullable(street2);
  }

  /**
   * The region if present.
   *
   * @return the region
   */
  public Optional<String> optionalRegion() {
    return Optional.ofNullable(region);
  }

  /**
   * The postal code if present.
   *
   * @return the postal code
   */
  public Optional<String> optionalPostalCode() {
    return Optional.ofNullable(postalCode);
  }

  /** Builder for {@link Address}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private String street1;
    private String street2;
    private String city;
    private String region;
    private String postalCode;
    private String countryCode;

    private Builder() {}

    /**
     * Sets the street1.
     *
     * @param street1 first street line
     * @return this builder
     */
    public Builder street1(String street1) {
      this.street1 = street1;
      return this;
    }

    /**
     * Sets the street2.
     *
     * @param street2 second street line
     * @return this builder
     */
    public Builder street2(String street2) {
      this.street2 = street2;
      return this;
    }

    /**
     * Sets the city.
     *
     * @param city city
     * @return this builder
     */
    public Builder city(String city) {
      this.city = city;
      return this;
    }

    /**
     * Sets the region.
     *
     * @param region state, province or county
     * @return this builder
     */
    public Builder region(String region) {
      this.region = region;
      return this;
    }

    /**
     * Sets the postalCode.
     *
     * @param postalCode postal code
     * @return this builder
     */
    public Builder postalCode(String postalCode) {
      this.postalCode = postalCode;
      return this;
    }

    /**
     * Sets the countryCode.
     *
     * @param countryCode ISO 3166-1 alpha-2 country code such as {@code DE} or {@code US}
     * @return this builder
     */
    public Builder countryCode(String countryCode) {
      this.countryCode = countryCode;
      return this;
    }

    /**
     * Builds the {@link Address} and validates it.
     *
     * @return the validated instance
     * @throws CanonicalValidationException listing every violation, each naming its component (for
     *     example {@code sku: must not be null (was null)})
     */
    public Address build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the {@link Address} without validating it, for callers that collect violations
     * themselves (for example a mapper reporting every problem of a source record via {@link
     * CanonicalValidator#validate}).
     *
     * @return the instance, possibly invalid
     */
    public Address buildUnvalidated() {
      return new Address(street1, street2, city, region, postalCode, countryCode);
    }
  }
}
