package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.api.OdooAuthenticationException;
import io.github.odooconnector.core.api.OdooConfigurationException;
import io.github.odooconnector.core.internal.codec.Json;
import io.github.odooconnector.core.internal.transport.HttpResult;
import io.github.odooconnector.core.internal.transport.HttpTransport;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A web session ({@code /web/session/authenticate}): what Odoo requires for {@code /report} and
 * {@code /web/content}. The cookie is kept here only, never logged or put in messages. Thread-safe.
 */
final class WebSession {

  private final HttpTransport http;
  private final Json json;
  private final URI base;
  private final ClientConfig cfg;
  private final Credentials credentials;
  private volatile String cookie;

  WebSession(HttpTransport http, Json json, URI base, ClientConfig cfg, Credentials credentials) {
    this.http = http;
    this.json = json;
    this.base = base;
    this.cfg = cfg;
    this.credentials = credentials;
  }

  /** The {@code Cookie} header value of the current session, logging in when there is none. */
  String cookie(Site site, Duration timeout) {
    String c = cookie;
    if (c != null) {
      return c;
    }
    synchronized (this) {
      if (cookie == null) {
        cookie = login(site, timeout);
      }
      return cookie;
    }
  }

  /** Forgets a session Odoo reported expired (unless another thread already replaced it). */
  void expire(String stale) {
    synchronized (this) {
      if (Objects.equals(cookie, stale)) {
        cookie = null;
      }
    }
  }

  private String login(Site site, Duration timeout) {
    if (!credentials.hasPassword() || cfg.login() == null || cfg.database() == null) {
      throw new OdooConfigurationException(
          "reports and file transfers need an Odoo web session: Odoo serves /report and"
              + " /web/content only to a logged-in session and API keys cannot log in; configure"
              + " database, login and password(...)",
          site.model(),
          site.method(),
          site.serverVersion(),
          null,
          null);
    }
    try {
      return authenticate(credentials.password(), site, timeout);
    } catch (OdooAuthenticationException rejected) {
      if (!credentials.refresh()) {
        throw rejected;
      }
      return authenticate(credentials.password(), site, timeout);
    }
  }

  private String authenticate(String password, Site site, Duration timeout) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("db", cfg.database());
    params.put("login", cfg.login());
    params.put("password", password);
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("jsonrpc", "2.0");
    envelope.put("method", "call");
    envelope.put("params", params);
    envelope.put("id", 1);
    HttpResult r =
        http.post(
            base.resolve("web/session/authenticate"),
            "application/json",
            Map.of(),
            json.write(envelope),
            timeout);
    Object result = JsonRpcWire.decode(r, site, json);
    if (!(result instanceof Map<?, ?> m)
        || !(m.get("uid") instanceof Number uid)
        || uid.longValue() <= 0) {
      throw new OdooAuthenticationException(
          "Odoo did not open a web session for login '"
              + cfg.login()
              + "' (no uid in the answer: the user may need a second factor, which this client"
              + " does not provide)",
          "web",
          "session/authenticate",
          site.serverVersion(),
          null,
          null);
    }
    for (String header : r.headers().allValues("Set-Cookie")) {
      if (header.startsWith("session_id=")) {
        int end = header.indexOf(';');
        return end < 0 ? header : header.substring(0, end);
      }
    }
    throw OdooErrors.protocol(
        "/web/session/authenticate succeeded but set no session_id cookie", site, null);
  }

  @Override
  public String toString() {
    return "WebSession[" + (cookie == null ? "none" : "open") + "]";
  }
}
