package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.ServerVersion;
import io.github.odooconnector.core.internal.codec.Json;
import io.github.odooconnector.core.internal.transport.HttpResult;
import io.github.odooconnector.core.internal.transport.HttpTransport;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * JSON-RPC 2.0 over {@code /jsonrpc} (services common/object) plus {@code
 * /web/webclient/version_info}.
 */
final class JsonRpcWire implements Wire {

  private static final String CT = "application/json";

  private final HttpTransport http;
  private final Json json;
  private final URI base;
  private final ClientConfig cfg;
  private final Credentials credentials;
  private final AtomicLong ids = new AtomicLong();

  JsonRpcWire(HttpTransport http, Json json, URI base, ClientConfig cfg, Credentials credentials) {
    this.http = http;
    this.json = json;
    this.base = base;
    this.cfg = cfg;
    this.credentials = credentials;
  }

  @Override
  public Protocol protocol() {
    return Protocol.JSONRPC;
  }

  @Override
  public boolean needsUid() {
    return true;
  }

  @Override
  public ServerVersion version(Site site, Duration timeout) {
    return Versions.fromResult(
        post(
            base.resolve("jsonrpc"),
            Map.of("service", "common", "method", "version", "args", List.of()),
            site,
            timeout),
        site);
  }

  /** Version through the web client route, available without authentication in every version. */
  ServerVersion webVersion(Site site, Duration timeout) {
    return Versions.fromResult(
        post(base.resolve("web/webclient/version_info"), Map.of(), site, timeout), site);
  }

  /**
   * Version through {@code GET /web/version}, the route Odoo 19 documents (the RPC endpoints are
   * scheduled for removal in Odoo 22). Empty when the server has no such route (17/18: 404).
   */
  Optional<ServerVersion> restVersion(Site site, Duration timeout) {
    HttpResult r = http.get(base.resolve("web/version"), Map.of("Accept", CT), timeout);
    if (r.status() == 200 && r.isJson()) {
      Object doc;
      try {
        doc = json.read(r.body());
      } catch (IOException | RuntimeException e) {
        throw OdooErrors.protocol("malformed GET /web/version answer: " + e.getMessage(), site, e);
      }
      return Optional.of(Versions.fromWebVersion(doc, site));
    }
    HttpErrors.transientStatus(r);
    return Optional.empty();
  }

  @Override
  public long authenticate(Site site, Duration timeout) {
    Object r =
        post(
            base.resolve("jsonrpc"),
            Map.of(
                "service",
                "common",
                "method",
                "authenticate",
                "args",
                List.of(cfg.database(), cfg.login(), credentials.rpcSecret(), Map.of())),
            site,
            timeout);
    return Rpc.uid(r, site);
  }

  @Override
  public Object execute(
      long uid, Invocation inv, Map<String, Object> context, Site site, Duration timeout) {
    List<Object> args = new ArrayList<>(7);
    args.add(cfg.database());
    args.add(uid);
    args.add(credentials.rpcSecret());
    args.add(inv.model());
    args.add(inv.method());
    args.add(inv.args());
    args.add(Rpc.kwargsWithContext(inv.kwargs(), context));
    return post(
        base.resolve("jsonrpc"),
        Map.of("service", "object", "method", "execute_kw", "args", args),
        site,
        timeout);
  }

  Object post(URI uri, Map<String, Object> params, Site site, Duration timeout) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("jsonrpc", "2.0");
    envelope.put("method", "call");
    envelope.put("params", params);
    envelope.put("id", ids.incrementAndGet());
    HttpResult r = http.post(uri, CT, Map.of(), json.write(envelope), timeout);
    return decode(r, site, json);
  }

  static Object decode(HttpResult r, Site site, Json json) {
    if (r.status() == 200 && r.isJson()) {
      Object doc;
      try {
        doc = json.read(r.body());
      } catch (IOException | RuntimeException e) {
        throw OdooErrors.protocol("malformed JSON-RPC response: " + e.getMessage(), site, e);
      }
      if (!(doc instanceof Map<?, ?> m)) {
        throw OdooErrors.protocol(
            "JSON-RPC response is not an object: " + Versions.shape(doc), site, null);
      }
      Object err = m.get("error");
      if (err instanceof Map<?, ?> e) {
        throw OdooErrors.fromJsonRpcError(e, site);
      }
      if (err != null) {
        throw OdooErrors.protocol(
            "JSON-RPC error is not an object: " + Versions.shape(err), site, null);
      }
      if (!"2.0".equals(m.get("jsonrpc"))) {
        throw OdooErrors.protocol(
            "not a JSON-RPC 2.0 response: " + Versions.shape(doc), site, null);
      }
      return m.get("result"); // absent when the method returned None
    }
    HttpErrors.transientStatus(r);
    if (r.status() == 400) {
      throw OdooErrors.protocol(
          "Odoo rejected the JSON-RPC request (HTTP 400): " + HttpErrors.snippet(r), site, null);
    }
    throw HttpErrors.unexpected(r, site, "JSON-RPC endpoint");
  }
}
