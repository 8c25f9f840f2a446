package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.ServerVersion;
import io.github.odooconnector.core.internal.codec.Json;
import io.github.odooconnector.core.internal.transport.HttpResult;
import io.github.odooconnector.core.internal.transport.HttpTransport;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Odoo 19+ JSON-2: {@code POST /json/2/<model>/<method>} with a bearer API key. */
final class Json2Wire implements Wire {

  private static final String CT = "application/json; charset=utf-8";

  private final HttpTransport http;
  private final Json json;
  private final URI base;
  private final ClientConfig cfg;
  private final JsonRpcWire versionProbe;
  private final Credentials credentials;
  private final Json2Docs docs;

  Json2Wire(
      HttpTransport http,
      Json json,
      URI base,
      ClientConfig cfg,
      Credentials credentials,
      JsonRpcWire versionProbe) {
    this.http = http;
    this.json = json;
    this.base = base;
    this.cfg = cfg;
    this.credentials = credentials;
    this.versionProbe = versionProbe;
    this.docs = new Json2Docs(http, json, base);
  }

  /** The bearer and database headers, with the API key in force now. */
  Map<String, String> headers() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Authorization", "bearer " + credentials.apiKey());
    if (cfg.database() != null) {
      h.put("X-Odoo-Database", cfg.database());
    }
    return h;
  }

  @Override
  public Protocol protocol() {
    return Protocol.JSON2;
  }

  @Override
  public boolean needsUid() {
    return false;
  }

  @Override
  public ServerVersion version(Site site, Duration timeout) {
    return versionProbe.webVersion(site, timeout);
  }

  @Override
  public long authenticate(Site site, Duration timeout) {
    return 0;
  }

  @Override
  public Object execute(
      long uid, Invocation inv, Map<String, Object> context, Site site, Duration timeout) {
    Map<String, Object> body;
    if (Json2Args.known(inv.method()) || !Json2Args.needsNames(inv.args())) {
      body = Json2Args.body(inv.method(), inv.args(), inv.kwargs(), context);
    } else {
      // positional arguments of a method outside the built-in table: name them as Odoo documents
      Json2Docs.ModelDoc doc =
          docs.model(inv.model(), site.serverVersion().raw(), this::headers, timeout);
      body = Json2Args.body(inv.model(), inv.method(), inv.args(), inv.kwargs(), context, doc);
    }
    URI uri = base.resolve("json/2/" + enc(inv.model()) + "/" + enc(inv.method()));
    HttpResult r = http.post(uri, CT, headers(), json.write(body), timeout);
    return decode(r, site, json, cfg.database());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static Object decode(HttpResult r, Site site, Json json, String database) {
    if (r.isJson()) {
      Object doc;
      try {
        doc = r.body().length == 0 ? null : json.read(r.body());
      } catch (IOException | RuntimeException e) {
        if (r.status() >= 500) {
          HttpErrors.transientStatus(r);
        }
        throw OdooErrors.protocol(
            "malformed JSON-2 response (HTTP " + r.status() + "): " + e.getMessage(), site, e);
      }
      if (r.status() == 200) {
        return doc;
      }
      if (doc instanceof Map<?, ?> m && m.get("name") instanceof String) {
        if (r.status() == 429 || r.status() == 503) {
          HttpErrors.transientStatus(r);
        }
        throw OdooErrors.fromJson2Error(m, r.status(), site);
      }
    }
    HttpErrors.transientStatus(r);
    if (r.status() == 401) {
      throw OdooErrors.fromName(null, "HTTP 401: " + HttpErrors.snippet(r), site, 401);
    }
    if (r.status() == 404
        && r.body().length > 0
        && HttpErrors.snippet(r).contains("No database is selected")) {
      // the X-Odoo-Database header names no database this server serves (or none was sent and
      // the server hosts several)
      throw OdooErrors.unknownDatabase(database, HttpErrors.snippet(r), site, null);
    }
    throw HttpErrors.unexpected(r, site, "JSON-2 endpoint");
  }
}
