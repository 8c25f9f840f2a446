package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;
import java.util.Optional;

/**
 * One constraint violation of a canonical document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path property path from the validated root, for example {@code lines[2].quantity} or
 *     {@code payload.parcels[0].sscc}; empty for a violation of the root object itself
 * @param invalidValue the offending value rendered as text, or {@code null} when the offending
 *     value was {@code null}: scalars and value types ({@link Gtin}, {@link Quantity}, ...)
 *     verbatim and abbreviated beyond 120 characters, collections as {@code []} or {@code [n
 *     elements]}, composite records such as {@link Party} only as {@code <Party>} so that personal
 *     data does not end up in logs
 * @param message human-readable explanation, for example {@code must not be blank}
 * @param constraint simple name of the violated constraint, for example {@code NotBlank} or {@code
 *     ValidGtin}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CanonicalViolation(
    String path, String invalidValue, String message, String constraint) {

  /**
   * Null-safety: {@code path}, {@code message} and {@code constraint} are never null.
   *
   * @param path property path
   * @param invalidValue offending value or null
   * @param message explanation
   * @param constraint constraint name
   */
  public CanonicalViolation {
    path = Objects.requireNonNullElse(path, "");
    message = Objects.requireNonNull(message, "message");
    constraint = Objects.requireNonNullElse(constraint, "");
  }

  /**
   * Renders the violation as {@code path: message (was 'value')}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    String where = path.isEmpty() ? "<root>" : path;
    return where
        + ": "
        + message
        + " (was "
        + (invalidValue == null ? "null" : "'" + invalidValue + "'")
        + ")";
  }

  /**
   * The offending value rendered as text, if there was one.
   *
   * @return {@link #invalidValue()}, or empty when the offending value was null
   */
  public Optional<String> optionalInvalidValue() {
    return Optional.ofNullable(invalidValue);
  }
}
