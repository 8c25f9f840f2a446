package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.api.OdooAuthenticationException;
import io.github.odooconnector.core.api.ServerVersion;
import io.github.odooconnector.core.spi.CredentialSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The secrets in force, read from the configured {@link CredentialSource}s on first use and re-read
 * after Odoo rejected them. Remembers every value it has seen (bounded) so messages are redacted
 * even after a rotation. Thread-safe.
 */
final class Credentials {

  private static final int REMEMBERED = 16;

  private final CredentialSource passwordSource;
  private final CredentialSource apiKeySource;
  private final CopyOnWriteArrayList<String> seen = new CopyOnWriteArrayList<>();
  private volatile String password;
  private volatile String apiKey;

  Credentials(CredentialSource passwordSource, CredentialSource apiKeySource) {
    this.passwordSource = passwordSource;
    this.apiKeySource = apiKeySource;
  }

  boolean hasApiKey() {
    return apiKeySource != null;
  }

  boolean hasPassword() {
    return passwordSource != null;
  }

  /** The API key, reading the source on first use; null when none is configured. */
  String apiKey() {
    if (apiKeySource == null) {
      return null;
    }
    String k = apiKey;
    if (k == null) {
      synchronized (this) {
        if (apiKey == null) {
          apiKey = read(apiKeySource, "apiKey");
        }
        k = apiKey;
      }
    }
    return k;
  }

  /** The password, reading the source on first use; null when none is configured. */
  String password() {
    if (passwordSource == null) {
      return null;
    }
    String p = password;
    if (p == null) {
      synchronized (this) {
        if (password == null) {
          password = read(passwordSource, "password");
        }
        p = password;
      }
    }
    return p;
  }

  /** The secret JSON-RPC/XML-RPC send: the API key when one is configured, else the password. */
  String rpcSecret() {
    return apiKeySource != null ? apiKey() : password();
  }

  /**
   * Re-reads the sources after Odoo rejected the secrets.
   *
   * @return whether any secret changed (repeating the rejected step can help)
   */
  synchronized boolean refresh() {
    boolean changed = false;
    if (apiKeySource != null) {
      String k = read(apiKeySource, "apiKey");
      changed |= !k.equals(apiKey);
      apiKey = k;
    }
    if (passwordSource != null) {
      String p = read(passwordSource, "password");
      changed |= !p.equals(password);
      password = p;
    }
    return changed;
  }

  /** Every secret seen so far (a live view), for redaction. */
  List<String> secrets() {
    return seen;
  }

  private String read(CredentialSource source, String what) {
    String s;
    try {
      s = source.secret();
    } catch (RuntimeException e) {
      throw new OdooAuthenticationException(
          "the " + what + " CredentialSource failed: " + e.getClass().getName(),
          "common",
          "authenticate",
          ServerVersion.UNKNOWN,
          null,
          e);
    }
    if (s == null || s.isBlank()) {
      throw new OdooAuthenticationException(
          "the " + what + " CredentialSource returned no secret",
          "common",
          "authenticate",
          ServerVersion.UNKNOWN,
          null,
          null);
    }
    if (!seen.contains(s)) {
      seen.add(s);
      while (seen.size() > REMEMBERED) {
        seen.remove(0);
      }
    }
    return s;
  }
}
