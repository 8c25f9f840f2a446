package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.constraints.CountryCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;

/**
 * A trade or tax identifier of the shipper or the recipient on customs paperwork: {@code EORI
 * BE0123456789}, {@code IOSS IM2760000001}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the kind of identifier
 * @param value the identifier as issued (white space stripped)
 * @param issuingCountry ISO 3166-1 alpha-2 country that issued it, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaxIdentifier(
    @NotNull TaxIdType type,
    @NotBlank @Size(max = 64) String value,
    @CountryCode String issuingCountry) {

  /**
   * Normalizes the value and country (strips white space, upper-cases the country); never throws.
   *
   * @param type see the record description
   * @param value see the record description
   * @param issuingCountry see the record description
   */
  public TaxIdentifier {
    value = value == null ? null : value.strip();
    issuingCountry =
        issuingCountry == null ? null : issuingCountry.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * An identifier without issuing country.
   *
   * @param type the kind
   * @param value the identifier
   * @return the identifier
   * @throws CanonicalValidationException listing every violation
   */
  public static TaxIdentifier of(TaxIdType type, String value) {
    return Factories.requireValid(new TaxIdentifier(type, value, null));
  }

  /**
   * An identifier with its issuing country.
   *
   * @param type the kind
   * @param value the identifier
   * @param issuingCountry ISO 3166-1 alpha-2 code
   * @return the identifier
   * @throws CanonicalValidationException listing every violation
   */
  public static TaxIdentifier of(TaxIdType type, String value, String issuingCountry) {
    return Factories.requireValid(new TaxIdentifier(type, value, issuingCountry));
  }

  /**
   * The issuing country, if given.
   *
   * @return the country code
   */
  public Optional<String> optionalIssuingCountry() {
    return Optional.ofNullable(issuingCountry);
  }
}
