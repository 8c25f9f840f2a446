package io.github.odooconnector.core.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An API key made by {@link ApiKeys#create}. {@link #toString()} does not show the key. Immutable.
 *
 * @param id the {@code res.users.apikeys} id (what {@link ApiKeys#revoke(long)} takes)
 * @param description the description given at creation
 * @param key the secret itself: Odoo shows it only once
 * @param expiresAt when Odoo stops accepting it; {@code null} when it does not expire (Odoo 17)
 */
public record ApiKey(long id, String description, String key, Instant expiresAt) {

  /**
   * Validates the components.
   *
   * @param id positive id
   * @param description not null
   * @param key not blank
   * @param expiresAt nullable expiry
   */
  public ApiKey {
    if (id <= 0) {
      throw new IllegalArgumentException("id must be positive, got " + id);
    }
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("key must not be blank");
    }
  }

  /**
   * The expiry, when Odoo set one.
   *
   * @return the instant after which Odoo refuses the key
   */
  public Optional<Instant> optionalExpiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  @Override
  public String toString() {
    return "ApiKey[id="
        + id
        + ", description="
        + description
        + ", key=***, expiresAt="
        + expiresAt
        + "]";
  }
}
