package io.github.odooconnector.testkit.internal.wire;

import io.github.odooconnector.testkit.internal.orm.XmlRpcBinary;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Server-side XML-RPC codec: hardened StAX parsing of methodCall, string-built
 * methodResponse/fault.
 */
public final class XmlRpc {
  private XmlRpc() {}

  /**
   * A parsed call.
   *
   * @param method method name
   * @param params parameters
   */
  public record Call(String method, List<Object> params) {}

  /** Thrown for malformed or forbidden XML. */
  public static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedException(String message) {
      super(message);
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  public static Call parse(byte[] body) throws MalformedException {
    try {
      XMLStreamReader r = factory().createXMLStreamReader(new ByteArrayInputStream(body));
      String method = null;
      List<Object> params = new ArrayList<>();
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.DTD) {
          throw new MalformedException("DOCTYPE is not allowed");
        }
        if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new MalformedException("entity references are not allowed");
        }
        if (ev == XMLStreamConstants.START_ELEMENT) {
          switch (r.getLocalName()) {
            case "methodName" -> method = r.getElementText().trim();
            case "value" -> params.add(value(r));
            default -> {}
          }
        }
      }
      if (method == null) {
        throw new MalformedException("no element found: methodName");
      }
      return new Call(method, params);
    } catch (XMLStreamException e) {
      throw new MalformedException("no element found: " + e.getMessage().replace('\n', ' '));
    } catch (RuntimeException e) {
      throw new MalformedException("invalid value: " + e.getMessage());
    }
  }

  /** Parses a value; the reader is on the START_ELEMENT of value and ends on its END_ELEMENT. */
  private static Object value(XMLStreamReader r) throws XMLStreamException, MalformedException {
    StringBuilder text = new StringBuilder();
    Object result = null;
    boolean typed = false;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.ENTITY_REFERENCE || ev == XMLStreamConstants.DTD) {
        throw new MalformedException("entities are not allowed");
      }
      if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
        text.append(r.getText());
      } else if (ev == XMLStreamConstants.START_ELEMENT) {
        typed = true;
        String type = r.getLocalName();
        switch (type) {
          case "int", "i4", "i8" -> result = Long.parseLong(r.getElementText().trim());
          case "boolean" -> result = "1".equals(r.getElementText().trim());
          case "double" -> result = Double.parseDouble(r.getElementText().trim());
          case "string", "dateTime.iso8601" -> result = r.getElementText();
          // Python's xmlrpc.client turns <base64> into a Binary object, not a string
          case "base64" -> result = new XmlRpcBinary(r.getElementText().strip());
          case "nil" -> {
            result = null;
            skipToEnd(r);
          }
          case "array" -> result = array(r);
          case "struct" -> result = struct(r);
          default -> throw new MalformedException("unknown type " + type);
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT && "value".equals(r.getLocalName())) {
        return typed ? result : text.toString();
      }
    }
    throw new MalformedException("unterminated value");
  }

  private static void skipToEnd(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static List<Object> array(XMLStreamReader r)
      throws XMLStreamException, MalformedException {
    List<Object> out = new ArrayList<>();
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT && "value".equals(r.getLocalName())) {
        out.add(value(r));
      } else if (ev == XMLStreamConstants.END_ELEMENT && "array".equals(r.getLocalName())) {
        return out;
      }
    }
    throw new MalformedException("unterminated array");
  }

  private static Map<String, Object> struct(XMLStreamReader r)
      throws XMLStreamException, MalformedException {
    Map<String, Object> out = new LinkedHashMap<>();
    String name = null;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT && "name".equals(r.getLocalName())) {
        name = r.getElementText();
      } else if (ev == XMLStreamConstants.START_ELEMENT && "value".equals(r.getLocalName())) {
        out.put(name, value(r));
      } else if (ev == XMLStreamConstants.END_ELEMENT && "struct".equals(r.getLocalName())) {
        return out;
      }
    }
    throw new MalformedException("unterminated struct");
  }

  /**
   * A methodResponse with one value; {@code null} cannot be marshalled (callers turn it into a
   * fault).
   */
  public static String response(Object value) {
    StringBuilder sb =
        new StringBuilder("<?xml version=\"1.0\"?>\n<methodResponse>\n<params>\n<param>\n");
    write(sb, value);
    sb.append("</param>\n</params>\n\n</methodResponse>\n");
    return sb.toString();
  }

  public static String fault(Object code, String faultString) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<methodResponse>\n<fault>\n");
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("faultCode", code);
    f.put("faultString", faultString);
    write(sb, f);
    sb.append("</fault>\n\n</methodResponse>\n");
    return sb.toString();
  }

  private static void write(StringBuilder sb, Object v) {
    sb.append("<value>");
    if (v == null) {
      throw new IllegalArgumentException("cannot marshal None unless allow_none is enabled");
    } else if (v instanceof Boolean b) {
      sb.append("<boolean>").append(b ? '1' : '0').append("</boolean>");
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
      sb.append("<int>").append(v).append("</int>");
    } else if (v instanceof Number n) {
      sb.append("<double>").append(pyFloat(n.doubleValue())).append("</double>");
    } else if (v instanceof String s) {
      sb.append("<string>").append(escape(s)).append("</string>");
    } else if (v instanceof XmlRpcBinary b) {
      sb.append("<base64>").append(escape(b.base64())).append("</base64>");
    } else if (v instanceof Map<?, ?> m) {
      sb.append("<struct>\n");
      for (var e : m.entrySet()) {
        sb.append("<member>\n<name>")
            .append(escape(String.valueOf(e.getKey())))
            .append("</name>\n");
        write(sb, e.getValue());
        sb.append("</member>\n");
      }
      sb.append("</struct>");
    } else if (v instanceof Collection<?> c) {
      sb.append("<array><data>\n");
      for (Object o : c) {
        write(sb, o);
      }
      sb.append("</data></array>");
    } else {
      sb.append("<string>").append(escape(String.valueOf(v))).append("</string>");
    }
    sb.append("</value>\n");
  }

  static String pyFloat(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e16) {
      return String.valueOf((long) d) + ".0";
    }
    return String.valueOf(d);
  }

  /**
   * Escapes a string for XML after removing the control characters XML 1.0 forbids (U+0000-U+001F
   * except tab, line feed, carriage return), as Odoo's XML-RPC marshaller does ({@code
   * value.translate(CONTROL_CHARACTERS)}): a value stored as {@code "bell\u0007x"} is answered as
   * {@code "bellx"} (the ctrlchars-xmlrpc-read captures).
   */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        continue;
      }
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Whether a value tree contains a null anywhere (Python's marshaller would fail). */
  public static boolean containsNull(Object v) {
    if (v == null) {
      return true;
    }
    if (v instanceof Map<?, ?> m) {
      return m.values().stream().anyMatch(XmlRpc::containsNull);
    }
    if (v instanceof Collection<?> c) {
      return c.stream().anyMatch(XmlRpc::containsNull);
    }
    return false;
  }
}
