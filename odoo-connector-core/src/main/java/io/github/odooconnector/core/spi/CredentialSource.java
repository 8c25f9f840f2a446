package io.github.odooconnector.core.spi;

import java.util.Objects;

/**
 * Where the client gets an API key or password when it needs one, so that secrets rotate (from a
 * vault, a secret manager, a mounted file) without rebuilding the client. The client reads the
 * source on first use and caches the answer; when Odoo rejects the cached secret it reads the
 * source once more and repeats the rejected step once with the new value before surfacing {@code
 * OdooAuthenticationException}. Odoo 19 lets an API key live at most three months: rotate it in the
 * secret store and the client picks it up at the next rejection.
 *
 * <p>Implementations must be thread-safe, return quickly (cache remote lookups) and never return
 * {@code null} or a blank string; they may throw an unchecked exception, which the client reports
 * as the cause of the failed call.
 */
@FunctionalInterface
public interface CredentialSource {

  /**
   * The current secret.
   *
   * @return the API key or password in force now; never {@code null} or blank
   */
  String secret();

  /**
   * A source that always answers the same secret (what {@code apiKey(String)} and {@code
   * password(String)} use). Its {@code toString()} does not show the secret.
   *
   * @param secret the secret, not blank
   * @return the source
   */
  static CredentialSource fixed(String secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.isBlank()) {
      throw new IllegalArgumentException("secret must not be blank");
    }
    return new CredentialSource() {
      @Override
      public String secret() {
        return secret;
      }

      @Override
      public String toString() {
        return "CredentialSource.fixed(***)";
      }
    };
  }
}
