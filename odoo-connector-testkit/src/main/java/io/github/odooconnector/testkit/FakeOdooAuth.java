package io.github.odooconnector.testkit;

import io.github.odooconnector.testkit.internal.FakeConfig;
import io.github.odooconnector.testkit.internal.orm.Database;
import io.github.odooconnector.testkit.internal.server.FakeServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The authentication side of a {@link FakeOdoo}, from {@link FakeOdoo#auth()}: its web sessions
 * ({@code /web/session/authenticate} cookies), two-factor authentication of its logins and API keys
 * made or revoked while it runs, so tests can expire a session, require a second factor or rotate a
 * key. Thread-safe.
 */
public final class FakeOdooAuth {

  private final FakeConfig config;
  private final Database database;
  private final FakeServer server;

  FakeOdooAuth(FakeConfig config, Database database, FakeServer server) {
    this.config = config;
    this.database = database;
    this.server = server;
  }

  /**
   * Expires every web session ({@code /web/session/authenticate} cookies), as a session timeout or
   * a restart does: the next report or {@code /web/content} request is redirected to the login page
   * (or answers 404), and {@code /web/dataset/call_kw} answers {@code SessionExpiredException}.
   */
  public void expireWebSessions() {
    server.sessions().expireAll();
  }

  /**
   * How many web sessions are open.
   *
   * @return the number of sessions logged in and not expired
   */
  public int webSessionCount() {
    return server.sessions().count();
  }

  /**
   * Turns on two-factor authentication (Odoo's {@code auth_totp}) for a login of the fake (the
   * admin or demo login): its web logins then stop after the password with {@code {"uid": null}}
   * and finish on {@code /web/login/totp} with the current code, as Odoo's web client does. RPC
   * calls with an API key are not affected.
   *
   * @param login the admin or demo login
   * @return the TOTP secret in base32, as an authenticator app would scan it
   */
  public String enableTotp(String login) {
    return server.twoFactor().enable(Objects.requireNonNull(login, "login"));
  }

  /**
   * The TOTP code valid now (by the fake's clock) for a login with two-factor authentication.
   *
   * @param login a login passed to {@link #enableTotp(String)}
   * @return six digits
   * @throws IllegalStateException if two-factor authentication is not on for the login
   */
  public String totpCode(String login) {
    return server.twoFactor().currentCode(Objects.requireNonNull(login, "login"));
  }

  /**
   * Creates an extra API key for the administrator, as Odoo's {@code res.users.apikeys} wizard
   * does; it works for JSON-2 and as a password for JSON-RPC/XML-RPC until it expires or is
   * revoked. Odoo 19 refuses keys without an expiry for non-admin users and lets them live at most
   * three months; the fake only enforces the expiry given here (checked against the fake's clock).
   *
   * @param validFor how long the key works, or {@code null} for no expiry
   * @return the new key
   */
  public String createAdminApiKey(Duration validFor) {
    return database.createApiKey(
        FakeConfig.ADMIN_UID, validFor == null ? null : Instant.now(config.clock()).plus(validFor));
  }

  /**
   * Revokes an API key (the configured admin or demo key, or one made by {@link
   * #createAdminApiKey(Duration)}): every later call with it is rejected as Odoo rejects a deleted
   * key ({@code AccessDenied} / HTTP 401).
   *
   * @param key the key
   */
  public void revokeApiKey(String key) {
    database.revokeApiKey(Objects.requireNonNull(key, "key"));
  }

  @Override
  public String toString() {
    return "FakeOdooAuth[" + webSessionCount() + " web sessions]";
  }
}
