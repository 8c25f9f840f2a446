package io.github.odooconnector.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test-side raw-HTTP Odoo caller for one protocol; errors surface as {@link Fault}. */
final class Rpc {

  /** An Odoo error as seen on the wire. */
  static final class Fault extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String name;

    Fault(String name, String message) {
      super(name + ": " + message);
      this.name = name;
    }
  }

  private final FakeOdoo odoo;
  private final WireProtocol protocol;
  private final long uid;
  private final String secret;

  Rpc(FakeOdoo odoo, WireProtocol protocol) {
    this(odoo, protocol, false);
  }

  Rpc(FakeOdoo odoo, WireProtocol protocol, boolean demo) {
    this.odoo = odoo;
    this.protocol = protocol;
    this.uid = demo ? odoo.demoUid() : odoo.adminUid();
    this.secret =
        protocol == WireProtocol.JSON2
            ? (demo ? odoo.demoApiKey() : odoo.adminApiKey())
            : (demo ? odoo.demoPassword() : odoo.adminPassword());
  }

  Object call(String model, String method, List<?> args) {
    return call(model, method, args, Map.of());
  }

  Object call(String model, String method, List<?> args, Map<String, ?> kwargs) {
    try {
      switch (protocol) {
        case JSONRPC:
          {
            JsonNode n =
                Wire.jsonRpc(
                        odoo,
                        "object",
                        "execute_kw",
                        List.of(odoo.database(), uid, secret, model, method, args, kwargs))
                    .json();
            if (n.has("error")) {
              throw new Fault(
                  n.at("/error/data/name").asText(), n.at("/error/data/message").asText());
            }
            return n.has("result") ? Wire.JSON.treeToValue(n.get("result"), Object.class) : null;
          }
        case XMLRPC:
          {
            JsonNode n =
                Wire.xmlRpc(
                        odoo,
                        "object",
                        "execute_kw",
                        List.of(odoo.database(), uid, secret, model, method, args, kwargs))
                    .xml();
            if (n.isObject() && n.has("faultCode")) {
              String fs = n.get("faultString").asText();
              String name =
                  switch (n.get("faultCode").asInt()) {
                    case 2 -> "warning";
                    case 3 -> "odoo.exceptions.AccessDenied";
                    case 4 -> "odoo.exceptions.AccessError";
                    default -> fs.trim().substring(fs.trim().lastIndexOf('\n') + 1);
                  };
              throw new Fault(name, fs);
            }
            return Wire.JSON.treeToValue(n, Object.class);
          }
        default:
          {
            Map<String, Object> body = named(method, args);
            body.putAll(kwargs);
            Wire.Answer a =
                Wire.post(
                    odoo.url() + "/json/2/" + model + "/" + method,
                    "application/json",
                    Wire.JSON.writeValueAsString(body),
                    Map.of("Authorization", "bearer " + secret));
            JsonNode n = a.json();
            if (a.status() != 200) {
              throw new Fault(n.get("name").asText(), n.get("message").asText());
            }
            return Wire.JSON.treeToValue(n, Object.class);
          }
      }
    } catch (Fault f) {
      throw f;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> named(String method, List<?> args) {
    Map<String, Object> body = new LinkedHashMap<>();
    List<String> names =
        switch (method) {
          case "search", "search_count" -> List.of("domain");
          case "search_read" -> List.of("domain", "fields");
          case "read" -> List.of("ids", "fields");
          case "create" -> List.of("vals_list");
          case "write" -> List.of("ids", "vals");
          case "name_search" -> List.of("name");
          case "read_group" -> List.of("domain", "fields", "groupby");
          default -> List.of("ids");
        };
    for (int i = 0; i < args.size() && i < names.size(); i++) {
      Object v = args.get(i);
      if ("vals_list".equals(names.get(i)) && v instanceof Map) {
        v = List.of(v);
      }
      body.put(names.get(i), v);
    }
    return body;
  }

  long create(String model, Map<String, ?> vals) {
    Object r = call(model, "create", List.of(vals));
    return r instanceof List<?> l ? ((Number) l.get(0)).longValue() : ((Number) r).longValue();
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> read(String model, long id, String... fields) {
    List<Map<String, Object>> r =
        (List<Map<String, Object>>) call(model, "read", List.of(List.of(id), List.of(fields)));
    return r.get(0);
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> searchRead(String model, List<?> domain, String... fields) {
    return (List<Map<String, Object>>) call(model, "search_read", List.of(domain, List.of(fields)));
  }

  static long m2oId(Object value) {
    return ((Number) ((List<?>) value).get(0)).longValue();
  }

  static double num(Object value) {
    return ((Number) value).doubleValue();
  }
}
