package io.github.odooconnector.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Raw-HTTP test client for the three protocols (deliberately independent of the SDK's core client).
 */
final class Wire {
  static final ObjectMapper JSON = new ObjectMapper();

  /** How an XML-RPC {@code <base64>} value is held in the JSON form of a request. */
  static final String BASE64 = "__xmlrpc_base64__";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A raw HTTP answer. */
  record Answer(int status, String contentType, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    /**
     * The XML-RPC response converted to JSON: the value, or {faultCode, faultString} for faults.
     */
    JsonNode xml() {
      return xmlToJson(body);
    }
  }

  private Wire() {}

  static Answer post(String url, String contentType, String body, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    headers.forEach(b::header);
    HttpResponse<String> r =
        HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  static Answer jsonRpc(FakeOdoo odoo, String service, String method, List<?> args)
      throws Exception {
    ObjectNode env = JSON.createObjectNode();
    env.put("jsonrpc", "2.0");
    env.put("method", "call");
    ObjectNode params = env.putObject("params");
    params.put("service", service);
    params.put("method", method);
    params.set("args", JSON.valueToTree(args));
    env.put("id", 7);
    return post(
        odoo.url() + "/jsonrpc", "application/json", JSON.writeValueAsString(env), Map.of());
  }

  static Answer xmlRpc(FakeOdoo odoo, String service, String method, List<?> args)
      throws Exception {
    StringBuilder sb =
        new StringBuilder("<?xml version='1.0'?>\n<methodCall>\n<methodName>")
            .append(method)
            .append("</methodName>\n<params>\n");
    for (Object a : args) {
      sb.append("<param>\n");
      value(sb, a);
      sb.append("</param>\n");
    }
    sb.append("</params>\n</methodCall>\n");
    return post(odoo.url() + "/xmlrpc/2/" + service, "text/xml", sb.toString(), Map.of());
  }

  static Answer json2(FakeOdoo odoo, String model, String method, Object body) throws Exception {
    return post(
        odoo.url() + "/json/2/" + model + "/" + method,
        "application/json; charset=utf-8",
        JSON.writeValueAsString(body),
        Map.of(
            "Authorization", "bearer " + odoo.adminApiKey(), "X-Odoo-Database", odoo.database()));
  }

  static Object executeKw(
      FakeOdoo odoo, String model, String method, List<?> args, Map<String, ?> kwargs)
      throws Exception {
    Answer a =
        jsonRpc(
            odoo,
            "object",
            "execute_kw",
            List.of(
                odoo.database(),
                odoo.adminUid(),
                odoo.adminPassword(),
                model,
                method,
                args,
                kwargs));
    JsonNode n = a.json();
    if (n.has("error")) {
      throw new AssertionError("Odoo error: " + n.get("error").get("data").get("message").asText());
    }
    return n.has("result") ? JSON.treeToValue(n.get("result"), Object.class) : null;
  }

  private static void value(StringBuilder sb, Object v) {
    sb.append("<value>");
    if (v instanceof Boolean b) {
      sb.append("<boolean>").append(b ? 1 : 0).append("</boolean>");
    } else if (v instanceof Integer || v instanceof Long) {
      sb.append("<int>").append(v).append("</int>");
    } else if (v instanceof Number n) {
      sb.append("<double>").append(n.doubleValue()).append("</double>");
    } else if (v instanceof String s) {
      sb.append("<string>")
          .append(s.replace("&", "&amp;").replace("<", "&lt;"))
          .append("</string>");
    } else if (v instanceof Map<?, ?> m && m.size() == 1 && m.containsKey(BASE64)) {
      sb.append("<base64>").append(m.get(BASE64)).append("</base64>");
    } else if (v instanceof Map<?, ?> m) {
      sb.append("<struct>");
      m.forEach(
          (k, x) -> {
            sb.append("<member><name>").append(k).append("</name>");
            value(sb, x);
            sb.append("</member>");
          });
      sb.append("</struct>");
    } else if (v instanceof List<?> l) {
      sb.append("<array><data>");
      l.forEach(x -> value(sb, x));
      sb.append("</data></array>");
    } else if (v == null) {
      sb.append("<boolean>0</boolean>");
    }
    sb.append("</value>\n");
  }

  static JsonNode xmlToJson(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Element root =
          f.newDocumentBuilder()
              .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
              .getDocumentElement();
      Element fault = child(root, "fault");
      if (fault != null) {
        return fromValue(child(fault, "value"));
      }
      return fromValue(child(child(child(root, "params"), "param"), "value"));
    } catch (Exception e) {
      throw new AssertionError("bad XML-RPC response: " + xml, e);
    }
  }

  /** A methodCall as {@code [methodName, [params...]]}. */
  static JsonNode xmlRequest(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Element root =
          f.newDocumentBuilder()
              .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
              .getDocumentElement();
      ArrayNode out = JSON.createArrayNode();
      out.add(child(root, "methodName").getTextContent().trim());
      ArrayNode params = out.addArray();
      Element ps = child(root, "params");
      for (Node n = ps.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element p && p.getTagName().equals("param")) {
          params.add(fromValue(child(p, "value")));
        }
      }
      return out;
    } catch (Exception e) {
      throw new AssertionError("bad XML-RPC request: " + xml, e);
    }
  }

  static Answer xmlRpcPath(FakeOdoo odoo, String path, String method, List<?> args)
      throws Exception {
    StringBuilder sb =
        new StringBuilder("<?xml version='1.0'?>\n<methodCall>\n<methodName>")
            .append(method)
            .append("</methodName>\n<params>\n");
    for (Object a : args) {
      sb.append("<param>\n");
      value(sb, a);
      sb.append("</param>\n");
    }
    sb.append("</params>\n</methodCall>\n");
    return post(odoo.url() + path, "text/xml", sb.toString(), Map.of());
  }

  private static Element child(Element e, String name) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(name)) {
        return c;
      }
    }
    return null;
  }

  private static JsonNode fromValue(Element value) {
    JsonNodeFactory nf = JsonNodeFactory.instance;
    for (Node n = value.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element t)) {
        continue;
      }
      switch (t.getTagName()) {
        case "int":
        case "i4":
          return nf.numberNode(Long.parseLong(t.getTextContent().trim()));
        case "double":
          return nf.numberNode(Double.parseDouble(t.getTextContent().trim()));
        case "boolean":
          return nf.booleanNode("1".equals(t.getTextContent().trim()));
        case "string":
          return nf.textNode(t.getTextContent());
        case "nil":
          return nf.nullNode();
        case "base64":
          // kept apart from strings so a replay sends the same <base64> element again
          return nf.objectNode().put(BASE64, t.getTextContent().strip());
        case "array":
          {
            ArrayNode arr = nf.arrayNode();
            Element data = child(t, "data");
            for (Node c = data.getFirstChild(); c != null; c = c.getNextSibling()) {
              if (c instanceof Element ce && ce.getTagName().equals("value")) {
                arr.add(fromValue(ce));
              }
            }
            return arr;
          }
        case "struct":
          {
            ObjectNode obj = nf.objectNode();
            for (Node c = t.getFirstChild(); c != null; c = c.getNextSibling()) {
              if (c instanceof Element m && m.getTagName().equals("member")) {
                obj.set(child(m, "name").getTextContent(), fromValue(child(m, "value")));
              }
            }
            return obj;
          }
        default:
          throw new AssertionError("unknown XML-RPC type " + t.getTagName());
      }
    }
    return nf.textNode(value.getTextContent());
  }
}
