package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * A carrier and, optionally, one of its service levels: {@code dhl}/{@code express}, {@code
 * ups}/{@code ground}. The codes are whatever the carrier adapter registered; the model does not
 * restrict them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param carrier carrier code, for example {@code dhl}
 * @param service service level code, or null for the carrier's default service
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CarrierService(
    @NotBlank @Size(max = 64) String carrier, @Size(max = 64) String service) {

  /**
   * A carrier's default service.
   *
   * @param carrier carrier code
   * @return the carrier service
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static CarrierService of(String carrier) {
    return Factories.requireValid(new CarrierService(carrier, null));
  }

  /**
   * A carrier's named service.
   *
   * @param carrier carrier code
   * @param service service level code, or null for the default service
   * @return the carrier service
   * @throws CanonicalValidationException listing every violation (each names its component and the
   *     offending value)
   */
  public static CarrierService of(String carrier, String service) {
    return Factories.requireValid(new CarrierService(carrier, service));
  }

  /**
   * The service level if present.
   *
   * @return the service level
   */
  public Optional<String> optionalService() {
    return Optional.ofNullable(service);
  }
}
