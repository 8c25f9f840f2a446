package io.github.odooconnector.core.api;

import java.time.Duration;

/**
 * Creates and revokes API keys of the client's own login, obtained from {@link
 * OdooClient#apiKeys()}: the rotation step for Odoo 19, where a key lives at most three months for
 * users who are not administrators. Odoo offers no RPC method for this (the methods answer "This
 * method can only be accessed over HTTP" over {@code /jsonrpc}); the client drives the web client's
 * {@code res.users.apikeys} wizard through a web session, so it needs the login's password (and its
 * second factor when enabled, see {@link OdooClientBuilder#totp}), confirms the password in Odoo's
 * identity check (17/18 write it on the check wizard, 19 passes it in the context) and reads the
 * key from the wizard's answer. The new key is returned once and never logged; store it in your
 * secret store and let the client read it through a {@code CredentialSource}. Thread-safe.
 */
public interface ApiKeys {

  /**
   * Creates a key for the client's login.
   *
   * @param description what the key is for (shown in the user's preferences), not blank
   * @param validFor how long the key works, positive. Odoo 18 and 19 store the expiry (Odoo's
   *     wizard keeps whole days: the key expires at midnight UTC of the day {@code validFor}
   *     reaches) and refuse more than the user's groups allow; Odoo 17 keys never expire, the
   *     answer then has no expiry
   * @return the key with its id and expiry as Odoo stored them
   * @throws OdooAuthenticationException when the password (or the second factor) is refused
   * @throws OdooValidationException when Odoo refuses the key (for example "You cannot exceed 90
   *     days.")
   * @throws OdooAccessException when the user may not create keys
   * @throws OdooConfigurationException when the client has no login and password
   */
  ApiKey create(String description, Duration validFor);

  /**
   * Revokes a key of the client's login ({@code res.users.apikeys.remove}); every later call with
   * it is refused by Odoo.
   *
   * @param apiKeyId the {@code res.users.apikeys} id, as returned by {@link #create}
   * @throws OdooMissingRecordException when there is no such key of this user
   * @throws OdooAuthenticationException when the password (or the second factor) is refused
   */
  void revoke(long apiKeyId);
}
