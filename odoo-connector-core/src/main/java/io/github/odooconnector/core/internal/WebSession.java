package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.api.OdooAuthenticationException;
import io.github.odooconnector.core.api.OdooConfigurationException;
import io.github.odooconnector.core.internal.codec.Json;
import io.github.odooconnector.core.internal.transport.HttpResult;
import io.github.odooconnector.core.internal.transport.HttpTransport;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web session ({@code /web/session/authenticate}): what Odoo requires for {@code /report} and
 * {@code /web/content}. The cookie is kept here only, never logged or put in messages. Thread-safe.
 */
final class WebSession {

  private static final Pattern CSRF =
      Pattern.compile("name=\"csrf_token\"[^>]*?value=\"([^\"]+)\"");

  private final HttpTransport http;
  private final Json json;
  private final URI base;
  private final ClientConfig cfg;
  private final Credentials credentials;
  private volatile String cookie;
  private volatile long uid;

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
    if (result instanceof Map<?, ?> m && m.containsKey("uid") && m.get("uid") == null) {
      // auth_totp: the password was right, the session holds only pre_uid until the second factor
      String pre = sessionCookie(r);
      if (pre == null) {
        throw OdooErrors.protocol(
            "/web/session/authenticate asked for a second factor but set no session_id cookie",
            site,
            null);
      }
      return secondFactor(pre, site, timeout);
    }
    if (!(result instanceof Map<?, ?> m)
        || !(m.get("uid") instanceof Number uid)
        || uid.longValue() <= 0) {
      throw rejected("no uid in the answer", site);
    }
    String cookie = sessionCookie(r);
    if (cookie == null) {
      throw OdooErrors.protocol(
          "/web/session/authenticate succeeded but set no session_id cookie", site, null);
    }
    this.uid = uid.longValue();
    return cookie;
  }

  /**
   * Odoo's {@code /web/login/totp} form as the browser submits it: GET it with the pre-session for
   * the CSRF token, POST the code; success is a redirect to the web client and (Odoo rotates the
   * session on finalize) a new session cookie; a refused code renders the form again with 200.
   */
  private String secondFactor(String pre, Site site, Duration timeout) {
    if (cfg.totp() == null) {
      throw rejected(
          "the user has two-factor authentication; configure totp(...) with a source of its"
              + " current code",
          site);
    }
    URI form = base.resolve("web/login/totp");
    HttpResult page = http.get(form, Map.of("Cookie", pre), timeout);
    String body = new String(page.body(), StandardCharsets.UTF_8);
    Matcher csrf = CSRF.matcher(body);
    if (page.status() != 200 || !csrf.find()) {
      throw OdooErrors.protocol(
          "Odoo asked for a second factor but /web/login/totp answered HTTP "
              + page.status()
              + " without its form",
          site,
          null);
    }
    String code;
    try {
      code = String.valueOf(cfg.totp().currentCode()).replaceAll("\\s", "");
    } catch (RuntimeException e) {
      throw new OdooAuthenticationException(
          "the totp code source failed: " + e.getClass().getSimpleName(),
          "web",
          "login/totp",
          site.serverVersion(),
          null,
          e);
    }
    String formBody =
        "csrf_token="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)
            + "&totp_token="
            + URLEncoder.encode(code, StandardCharsets.UTF_8)
            + "&redirect=";
    HttpResult r =
        http.post(
            form,
            "application/x-www-form-urlencoded",
            Map.of("Cookie", pre),
            formBody.getBytes(StandardCharsets.UTF_8),
            timeout);
    if (r.status() != 303 && r.status() != 302) {
      throw rejected("Odoo refused the second-factor code (HTTP " + r.status() + ")", site);
    }
    String location = r.headers().firstValue("Location").orElse("");
    if (location.contains("/web/login")) {
      throw rejected("Odoo sent the login page after the second-factor code", site);
    }
    String finalCookie = sessionCookie(r);
    String session = finalCookie == null ? pre : finalCookie;
    Object info = post("web/session/get_session_info", Map.of(), session, site, timeout);
    if (info instanceof Map<?, ?> m && m.get("uid") instanceof Number u && u.longValue() > 0) {
      this.uid = u.longValue();
      return session;
    }
    throw rejected("the session has no user after the second factor", site);
  }

  /** The uid of the web session's user (logging in when there is no session). */
  long uid(Site site, Duration timeout) {
    cookie(site, timeout);
    return uid;
  }

  /**
   * A JSON-RPC call of a web route ({@code /web/dataset/call_kw/...}) with the session cookie; a
   * session Odoo reports expired ({@code SessionExpiredException}) is logged in again once.
   */
  Object call(String path, Map<String, ?> params, Site site, Duration timeout) {
    String c = cookie(site, timeout);
    try {
      return post(path, params, c, site, timeout);
    } catch (OdooAuthenticationException expired) {
      expire(c);
      return post(path, params, cookie(site, timeout), site, timeout);
    }
  }

  private Object post(
      String path, Map<String, ?> params, String session, Site site, Duration timeout) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("jsonrpc", "2.0");
    envelope.put("method", "call");
    envelope.put("params", params);
    envelope.put("id", 1);
    HttpResult r =
        http.post(
            base.resolve(path),
            "application/json",
            Map.of("Cookie", session),
            json.write(envelope),
            timeout);
    return JsonRpcWire.decode(r, site, json);
  }

  private OdooAuthenticationException rejected(String why, Site site) {
    return new OdooAuthenticationException(
        "Odoo did not open a web session for login '" + cfg.login() + "': " + why,
        "web",
        "session/authenticate",
        site.serverVersion(),
        null,
        null);
  }

  private static String sessionCookie(HttpResult r) {
    for (String header : r.headers().allValues("Set-Cookie")) {
      if (header.startsWith("session_id=")) {
        int end = header.indexOf(';');
        return end < 0 ? header : header.substring(0, end);
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "WebSession[" + (cookie == null ? "none" : "open") + "]";
  }
}
