package io.github.odooconnector.core.spi;

/**
 * Supplies the current time-based one-time code (TOTP, the six digits of an authenticator app) of
 * the integration user when Odoo asks for a second factor at web login ({@code auth_totp}). The
 * client calls it only while opening a web session (reports, file transfers, API-key management),
 * once per login, so a code is never reused after a session expired.
 *
 * <p>Implementations must be thread-safe and compute the code for the current time (for example
 * from the user's TOTP secret kept in a vault); they may throw an unchecked exception, which the
 * client reports as the cause of the failed login. The code is sent to Odoo only, never logged.
 */
@FunctionalInterface
public interface TotpCodeSource {

  /**
   * The code valid now.
   *
   * @return the digits (spaces are removed before sending); never {@code null}
   */
  String currentCode();
}
