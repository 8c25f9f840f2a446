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
 * <p>Immutable and thread-safe.
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
}
