package io.github.odooconnector.core.internal;

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

/** XML-RPC over {@code /xmlrpc/2/common} and {@code /xmlrpc/2/object}. */
final class XmlRpcWire implements Wire {

  private static final String CT = "text/xml; charset=utf-8";

  private final HttpTransport http;
  private final XmlRpcCodec codec;
  private final URI common;
  private final URI object;
  private final ClientConfig cfg;

  XmlRpcWire(HttpTransport http, XmlRpcCodec codec, URI base, ClientConfig cfg) {
    this.http = http;
    this.codec = codec;
    this.common = base.resolve("xmlrpc/2/common");
    this.object = base.resolve("xmlrpc/2/object");
    this.cfg = cfg;
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
            List.of(cfg.database(), cfg.login(), cfg.rpcSecret(), Map.of()),
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
            cfg.rpcSecret(),
            inv.model(),
            inv.method(),
            inv.args(),
            Rpc.kwargsWithContext(inv.kwargs(), context)),
        site,
        timeout);
  }

  private Object post(URI uri, String method, List<Object> params, Site site, Duration timeout) {
    HttpResult r = http.post(uri, CT, Map.of(), codec.writeMethodCall(method, params), timeout);
    return decode(r, site, codec);
  }

  static Object decode(HttpResult r, Site site, XmlRpcCodec codec) {
    if (r.status() == 200 && (r.isXml() || r.contentType().isEmpty())) {
      XmlRpcCodec.Response resp;
      try {
        resp = codec.parseResponse(r.body());
      } catch (XmlRpcException e) {
        throw OdooErrors.protocol(e.getMessage(), site, e);
      }
      if (resp.isFault() && OdooErrors.isNoneMarshallingFault(resp.faultString())) {
        // Odoo ran (and committed) the method, then failed to encode its None result: XML-RPC's
        // only way
        // of saying "returned None". Answer as JSON-RPC and JSON-2 do.
        return null;
      }
      if (resp.isFault()) {
        throw OdooErrors.fromXmlRpcFault(resp.faultCode(), resp.faultString(), site);
      }
      return resp.value();
    }
    HttpErrors.transientStatus(r);
    throw HttpErrors.unexpected(r, site, "XML-RPC endpoint");
  }
}
