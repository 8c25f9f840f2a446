package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.api.OdooProtocolException;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.ServerVersion;
import io.github.odooconnector.core.internal.codec.XmlRpcCodec;
import io.github.odooconnector.core.internal.codec.XmlRpcException;
import io.github.odooconnector.core.internal.transport.HttpResult;
import io.github.odooconnector.core.internal.transport.HttpTransport;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** XML-RPC over {@code /xmlrpc/2/common} and {@code /xmlrpc/2/object}. */
final class XmlRpcWire implements Wire {

  private static final String CT = "text/xml; charset=utf-8";

  /**
   * Standard methods known to return nothing ({@code None}) on Odoo 17-19. XML-RPC cannot encode
   * {@code None}, so Odoo answers these calls, after committing them, with the fault "cannot
   * marshal None": for these methods only, the client returns {@code null} as JSON-RPC and JSON-2
   * do. For any other method the same fault may come from a result that merely contains a {@code
   * None}, so the client raises {@link OdooProtocolException} instead of hiding the data.
   */
  static final Set<String> RETURNS_NOTHING =
      Set.of(
          "action_archive",
          "action_unarchive",
          "toggle_active",
          "action_apply_inventory",
          "action_set_inventory_quantity_to_zero",
          "action_clear_inventory_quantity",
          "do_unreserve");

  private static final List<String> EXECUTE_PARAMS =
      List.of("database", "uid", "password", "model", "method", "args", "kwargs");
  private static final List<String> AUTHENTICATE_PARAMS =
      List.of("database", "login", "password", "user_agent_env");

  private final HttpTransport http;
  private final XmlRpcCodec codec;
  private final URI common;
  private final URI object;
  private final ClientConfig cfg;
  private final Credentials credentials;

  XmlRpcWire(
      HttpTransport http, XmlRpcCodec codec, URI base, ClientConfig cfg, Credentials credentials) {
    this.http = http;
    this.codec = codec;
    this.common = base.resolve("xmlrpc/2/common");
    this.object = base.resolve("xmlrpc/2/object");
    this.cfg = cfg;
    this.credentials = credentials;
  }

  @Override
  public Protocol protocol() {
    return Protocol.XMLRPC;
  }

  @Override
  public boolean needsUid() {
    return true;
  }

  @Override
  public ServerVersion version(Site site, Duration timeout) {
    return Versions.fromResult(post(common, "version", List.of(), site, timeout), site);
  }

  @Override
  public long authenticate(Site site, Duration timeout) {
    return Rpc.uid(
        post(
            common,
            "authenticate",
            List.of(cfg.database(), cfg.login(), credentials.rpcSecret(), Map.of()),
            site,
            timeout),
        site);
  }

  @Override
  public Object execute(
      long uid, Invocation inv, Map<String, Object> context, Site site, Duration timeout) {
    return post(
        object,
        "execute_kw",
        List.of(
            cfg.database(),
            uid,
            credentials.rpcSecret(),
            inv.model(),
            inv.method(),
            inv.args(),
            Rpc.kwargsWithContext(inv.kwargs(), context)),
        site,
        timeout);
  }

  private Object post(URI uri, String method, List<Object> params, Site site, Duration timeout) {
    byte[] body;
    try {
      body = codec.writeMethodCall(method, params);
    } catch (XmlRpcCodec.UnencodableValueException e) {
      throw unencodable(e, method, site);
    }
    HttpResult r = http.post(uri, CT, Map.of(), body, timeout);
    return decode(r, site, codec);
  }

  private static OdooProtocolException unencodable(
      XmlRpcCodec.UnencodableValueException e, String rpcMethod, Site site) {
    List<String> names = "execute_kw".equals(rpcMethod) ? EXECUTE_PARAMS : AUTHENTICATE_PARAMS;
    String where =
        e.param() >= 0 && e.param() < names.size()
            ? names.get(e.param()) + e.path()
            : "parameter " + e.param() + e.path();
    return OdooErrors.protocol(
        "cannot send "
            + where
            + " over XML-RPC: "
            + e.getMessage()
            + " (XML 1.0 forbids it, Odoo would reject the whole request with an ExpatError)."
            + " Remove the character from the value, or use JSON-RPC or JSON-2, which carry it."
            + " Nothing was sent",
        site,
        e);
  }

  static Object decode(HttpResult r, Site site, XmlRpcCodec codec) {
    if (r.status() == 200 && (r.isXml() || r.contentType().isEmpty())) {
      XmlRpcCodec.Response resp;
      try {
        resp = codec.parseResponse(r.body());
      } catch (XmlRpcException e) {
        throw OdooErrors.protocol(e.getMessage(), site, e);
      }
      if (resp.isFault() && OdooErrors.isMarshallingFault(resp.faultString())) {
        // Odoo ran (and committed) the method, then failed to encode its result
        if (OdooErrors.isNoneMarshallingFault(resp.faultString())
            && RETURNS_NOTHING.contains(site.method())) {
          return null; // the method returns nothing: answer as JSON-RPC and JSON-2 do
        }
        throw unencodableResult(resp.faultString(), site);
      }
      if (resp.isFault()) {
        throw OdooErrors.fromXmlRpcFault(resp.faultCode(), resp.faultString(), site);
      }
      return resp.value();
    }
    HttpErrors.transientStatus(r);
    throw HttpErrors.unexpected(r, site, "XML-RPC endpoint");
  }

  private static OdooProtocolException unencodableResult(String faultString, Site site) {
    String detail =
        faultString
            .lines()
            .filter(l -> l.startsWith("TypeError: cannot marshal"))
            .reduce((a, b) -> b)
            .orElse("TypeError: cannot marshal")
            .strip();
    boolean none = OdooErrors.isNoneMarshallingFault(faultString);
    return new OdooProtocolException(
        site.redact(
            "Odoo ran "
                + site.model()
                + "."
                + site.method()
                + " (its changes are committed) but could not send its result over XML-RPC ("
                + detail
                + "): "
                + (none
                    ? "the result is None or contains a None somewhere, and XML-RPC cannot tell"
                        + " which, so the client does not guess (a null could hide data)"
                    : "the result is an object XML-RPC cannot encode, such as a recordset")
                + ". Do not repeat the call; read its effect back, or call this method over"
                + " JSON-RPC or JSON-2, which carry the result"),
        site.model(),
        site.method(),
        site.serverVersion(),
        "builtins.TypeError",
        null);
  }
}
