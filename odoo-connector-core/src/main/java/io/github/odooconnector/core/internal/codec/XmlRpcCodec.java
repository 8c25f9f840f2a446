package io.github.odooconnector.core.internal.codec;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small XML-RPC codec on the JDK's StAX parser (Apache XML-RPC is deliberately not used:
 * unmaintained, and CVE-2019-17570 lets a malicious server run code in the client).
 *
 * <p>Hardening: any DOCTYPE is rejected, external entities are never resolved, entity references
 * other than the five predefined ones and character references are rejected, nesting depth and
 * string length are capped (the body size is capped by the transport before parsing). Thread-safe.
 */
public final class XmlRpcCodec {

  /** Default maximum nesting depth of values. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  private static final DateTimeFormatter ISO_COMPACT =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HH:mm:ss");

  private final XMLInputFactory factory;
  private final int maxDepth;
  private final int maxStringChars;

  /**
   * Creates a codec.
   *
   * @param maxDepth maximum nesting depth of values
   * @param maxStringChars maximum characters of one string/base64 value
   */
  public XmlRpcCodec(int maxDepth, int maxStringChars) {
    this.maxDepth = maxDepth;
    this.maxStringChars = maxStringChars;
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external entities are not allowed (" + systemId + ")");
        });
    this.factory = f;
  }

  // --- writing

  /**
   * A value that XML-RPC cannot carry, with where it is: a string with a control character XML 1.0
   * forbids, a non-finite double, an unsupported type, or nesting deeper than the limit.
   */
  public static final class UnencodableValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int param;
    private final String path;

    UnencodableValueException(String reason) {
      this(reason, -1, "");
    }

    private UnencodableValueException(String reason, int param, String path) {
      super(reason);
      this.param = param;
      this.path = path;
    }

    UnencodableValueException at(String segment) {
      return new UnencodableValueException(getMessage(), param, segment + path);
    }

    UnencodableValueException inParam(int index) {
      return new UnencodableValueException(getMessage(), index, path);
    }

    /**
     * @return the index of the method parameter holding the value, -1 if unknown
     */
    public int param() {
      return param;
    }

    /**
     * @return where the value is inside that parameter, e.g. {@code [1].ref}; empty for the
     *     parameter itself
     */
    public String path() {
      return path;
    }
  }

  /**
   * Encodes a method call. Binary values ({@code byte[]}) are sent as base64 text in a {@code
   * <string>}, as Odoo itself answers them: Odoo turns an XML-RPC {@code <base64>} into a {@code
   * Binary} object that its binary fields reject.
   *
   * @param method method name
   * @param params wire values (see {@link WireValues})
   * @return UTF-8 XML
   * @throws UnencodableValueException naming the parameter and path of a value XML-RPC cannot carry
   */
  public byte[] writeMethodCall(String method, List<?> params) {
    StringBuilder sb = new StringBuilder(256);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodCall><methodName>");
    escape(method, sb);
    sb.append("</methodName><params>");
    int index = 0;
    for (Object p : params) {
      sb.append("<param>");
      try {
        writeValue(p, sb, 0);
      } catch (UnencodableValueException e) {
        throw e.inParam(index);
      }
      sb.append("</param>");
      index++;
    }
    sb.append("</params></methodCall>\n");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Encodes a method response (used by tests and fakes).
   *
   * @param value the result wire value
   * @return UTF-8 XML
   */
  public byte[] writeMethodResponse(Object value) {
    StringBuilder sb = new StringBuilder(256);
    sb.append("<?xml version=\"1.0\"?>\n<methodResponse><params><param>");
    writeValue(value, sb, 0);
    sb.append("</param></params></methodResponse>\n");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void writeValue(Object v, StringBuilder sb, int depth) {
    if (depth > maxDepth) {
      throw new UnencodableValueException("value nested deeper than " + maxDepth);
    }
    sb.append("<value>");
    if (v == null) {
      sb.append("<nil/>");
    } else if (v instanceof Boolean b) {
      sb.append("<boolean>").append(b ? '1' : '0').append("</boolean>");
    } else if (v instanceof Long
        || v instanceof Integer
        || v instanceof Short
        || v instanceof Byte) {
      long l = ((Number) v).longValue();
      if (l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
        sb.append("<int>").append(l).append("</int>");
      } else {
        sb.append("<i8>").append(l).append("</i8>");
      }
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new UnencodableValueException("XML-RPC cannot encode non-finite double " + d);
      }
      sb.append("<double>").append(BigDecimal.valueOf(d).toPlainString()).append("</double>");
    } else if (v instanceof BigDecimal b) {
      sb.append("<double>").append(b.toPlainString()).append("</double>");
    } else if (v instanceof String s) {
      sb.append("<string>");
      escape(s, sb);
      sb.append("</string>");
    } else if (v instanceof byte[] bytes) {
      // base64 text, as Odoo answers binary fields: an XML-RPC <base64> would reach Odoo as an
      // xmlrpc.client.Binary object, which binary fields reject
      sb.append("<string>").append(Base64.getEncoder().encodeToString(bytes)).append("</string>");
    } else if (v instanceof Instant i) {
      sb.append("<dateTime.iso8601>")
          .append(ISO_COMPACT.format(LocalDateTime.ofInstant(i, ZoneOffset.UTC)))
          .append("</dateTime.iso8601>");
    } else if (v instanceof List<?> list) {
      sb.append("<array><data>");
      int i = 0;
      for (Object o : list) {
        try {
          writeValue(o, sb, depth + 1);
        } catch (UnencodableValueException e) {
          throw e.at("[" + i + "]");
        }
        i++;
      }
      sb.append("</data></array>");
    } else if (v instanceof Map<?, ?> map) {
      sb.append("<struct>");
      for (Map.Entry<?, ?> e : map.entrySet()) {
        sb.append("<member><name>");
        escape(String.valueOf(e.getKey()), sb);
        sb.append("</name>");
        try {
          writeValue(e.getValue(), sb, depth + 1);
        } catch (UnencodableValueException ex) {
          throw ex.at("." + e.getKey());
        }
        sb.append("</member>");
      }
      sb.append("</struct>");
    } else {
      throw new UnencodableValueException("XML-RPC cannot encode " + v.getClass().getName());
    }
    sb.append("</value>");
  }

  private static void escape(String s, StringBuilder sb) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '\r' -> sb.append("&#13;");
        case '\t', '\n' -> sb.append(c);
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            throw new UnencodableValueException(
                "XML-RPC strings cannot contain control character U+"
                    + String.format("%04X", (int) c));
          }
          sb.append(c);
        }
      }
    }
  }

  // --- reading

  /** A decoded method response: either a value or a fault. */
  public record Response(Object value, boolean isFault, Object faultCode, String faultString) {}

  /** A decoded method call. */
  public record Call(String methodName, List<Object> params) {}

  /**
   * Decodes a {@code methodResponse}.
   *
   * @param body the response body
   * @return the value or fault
   * @throws XmlRpcException if the document is malformed, hostile or over the limits
   */
  public Response parseResponse(byte[] body) throws XmlRpcException {
    XMLStreamReader r = open(body);
    try {
      expectRoot(r, "methodResponse");
      String tag = nextStart(r);
      Response out;
      if (tag.equals("params")) {
        expectStart(r, "param");
        expectStart(r, "value");
        Object v = readValue(r, 1);
        expectEnd(r); // param
        expectEnd(r); // params
        out = new Response(v, false, null, null);
      } else if (tag.equals("fault")) {
        expectStart(r, "value");
        Object v = readValue(r, 1);
        expectEnd(r); // fault
        if (!(v instanceof Map<?, ?> m) || !m.containsKey("faultCode")) {
          throw new XmlRpcException("fault without a faultCode struct");
        }
        Object fs = m.get("faultString");
        out = new Response(null, true, m.get("faultCode"), fs == null ? "" : String.valueOf(fs));
      } else {
        throw new XmlRpcException("expected <params> or <fault> but found <" + tag + ">");
      }
      expectEnd(r); // methodResponse
      expectDocumentEnd(r);
      return out;
    } catch (XMLStreamException e) {
      throw new XmlRpcException("malformed XML-RPC response: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new XmlRpcException("malformed XML-RPC response: " + e, e);
    } finally {
      close(r);
    }
  }

  /**
   * Decodes a {@code methodCall} (used by tests and fakes).
   *
   * @param body the request body
   * @return the call
   * @throws XmlRpcException if the document is malformed, hostile or over the limits
   */
  public Call parseCall(byte[] body) throws XmlRpcException {
    XMLStreamReader r = open(body);
    try {
      expectRoot(r, "methodCall");
      expectStart(r, "methodName");
      String name = readText(r).trim();
      List<Object> params = new ArrayList<>();
      String tag = nextStartOrEnd(r);
      if (tag != null) {
        if (!tag.equals("params")) {
          throw new XmlRpcException("expected <params> but found <" + tag + ">");
        }
        String p;
        while ((p = nextStartOrEnd(r)) != null) {
          if (!p.equals("param")) {
            throw new XmlRpcException("expected <param> but found <" + p + ">");
          }
          expectStart(r, "value");
          params.add(readValue(r, 1));
          expectEnd(r);
        }
        expectEnd(r); // methodCall
      }
      expectDocumentEnd(r);
      return new Call(name, params);
    } catch (XMLStreamException e) {
      throw new XmlRpcException("malformed XML-RPC call: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new XmlRpcException("malformed XML-RPC call: " + e, e);
    } finally {
      close(r);
    }
  }

  private XMLStreamReader open(byte[] body) throws XmlRpcException {
    Objects.requireNonNull(body, "body");
    try {
      return factory.createXMLStreamReader(new ByteArrayInputStream(body));
    } catch (XMLStreamException e) {
      throw new XmlRpcException("cannot read XML: " + e.getMessage(), e);
    }
  }

  private static void close(XMLStreamReader r) {
    try {
      r.close();
    } catch (XMLStreamException ignored) {
      // nothing to release
    }
  }

  /**
   * Reads the value whose {@code <value>} start tag was just consumed, up to and including {@code
   * </value>}.
   */
  private Object readValue(XMLStreamReader r, int depth)
      throws XMLStreamException, XmlRpcException {
    if (depth > maxDepth) {
      throw new XmlRpcException("XML-RPC value nested deeper than " + maxDepth + " levels");
    }
    StringBuilder text = new StringBuilder();
    while (true) {
      int ev = next(r);
      switch (ev) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          appendText(r, text);
        }
        case XMLStreamConstants.END_ELEMENT -> {
          return text.toString(); // bare text is a string
        }
        case XMLStreamConstants.START_ELEMENT -> {
          if (!text.toString().isBlank()) {
            throw new XmlRpcException("mixed content in <value>");
          }
          Object v = readTyped(r, r.getLocalName(), depth);
          expectEnd(r); // </value>
          return v;
        }
        default -> throw new XmlRpcException("unexpected XML event " + ev + " in <value>");
      }
    }
  }

  private Object readTyped(XMLStreamReader r, String type, int depth)
      throws XMLStreamException, XmlRpcException {
    switch (type) {
      case "int", "i4", "i8", "i1", "i2" -> {
        String t = readText(r).trim();
        try {
          return Long.parseLong(t);
        } catch (NumberFormatException e) {
          throw new XmlRpcException("invalid <" + type + ">: '" + abbreviate(t) + "'");
        }
      }
      case "boolean" -> {
        String t = readText(r).trim();
        return switch (t) {
          case "1", "true" -> Boolean.TRUE;
          case "0", "false" -> Boolean.FALSE;
          default -> throw new XmlRpcException("invalid <boolean>: '" + abbreviate(t) + "'");
        };
      }
      case "double" -> {
        String t = readText(r).trim();
        try {
          return Double.parseDouble(t);
        } catch (NumberFormatException e) {
          throw new XmlRpcException("invalid <double>: '" + abbreviate(t) + "'");
        }
      }
      case "string" -> {
        return readText(r);
      }
      case "nil" -> {
        readText(r);
        return null;
      }
      case "dateTime.iso8601" -> {
        String t = readText(r).trim();
        return parseDateTime(t);
      }
      case "base64" -> {
        String t = readText(r);
        try {
          return Base64.getMimeDecoder().decode(t);
        } catch (IllegalArgumentException e) {
          throw new XmlRpcException("invalid <base64>: " + e.getMessage());
        }
      }
      case "array" -> {
        expectStart(r, "data");
        List<Object> list = new ArrayList<>();
        String tag;
        while ((tag = nextStartOrEnd(r)) != null) {
          if (!tag.equals("value")) {
            throw new XmlRpcException("expected <value> in <data> but found <" + tag + ">");
          }
          list.add(readValue(r, depth + 1));
        }
        expectEnd(r); // </array>
        return list;
      }
      case "struct" -> {
        Map<String, Object> map = new LinkedHashMap<>();
        String tag;
        while ((tag = nextStartOrEnd(r)) != null) {
          if (!tag.equals("member")) {
            throw new XmlRpcException("expected <member> in <struct> but found <" + tag + ">");
          }
          expectStart(r, "name");
          String name = readText(r);
          expectStart(r, "value");
          map.put(name, readValue(r, depth + 1));
          expectEnd(r); // </member>
        }
        return map;
      }
      default -> throw new XmlRpcException("unknown XML-RPC type <" + abbreviate(type) + ">");
    }
  }

  private static Instant parseDateTime(String t) throws XmlRpcException {
    try {
      if (t.length() >= 8 && t.charAt(4) != '-') {
        return LocalDateTime.parse(t.substring(0, Math.min(17, t.length())), ISO_COMPACT)
            .toInstant(ZoneOffset.UTC);
      }
      return LocalDateTime.parse(t.length() > 19 ? t.substring(0, 19) : t)
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new XmlRpcException("invalid <dateTime.iso8601>: '" + abbreviate(t) + "'");
    }
  }

  /** Reads text content up to the end of the current element; child elements are an error. */
  private String readText(XMLStreamReader r) throws XMLStreamException, XmlRpcException {
    StringBuilder sb = new StringBuilder();
    while (true) {
      int ev = next(r);
      switch (ev) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            appendText(r, sb);
        case XMLStreamConstants.END_ELEMENT -> {
          return sb.toString();
        }
        case XMLStreamConstants.START_ELEMENT ->
            throw new XmlRpcException("unexpected element <" + r.getLocalName() + "> in text");
        default -> throw new XmlRpcException("unexpected XML event " + ev + " in text");
      }
    }
  }

  private void appendText(XMLStreamReader r, StringBuilder sb) throws XmlRpcException {
    int len = r.getTextLength();
    if ((long) sb.length() + len > maxStringChars) {
      throw new XmlRpcException("XML-RPC string longer than " + maxStringChars + " characters");
    }
    sb.append(r.getTextCharacters(), r.getTextStart(), len);
  }

  /**
   * Next event, skipping comments and processing instructions, rejecting DTDs and entity
   * references.
   */
  private static int next(XMLStreamReader r) throws XMLStreamException, XmlRpcException {
    while (r.hasNext()) {
      int ev = r.next();
      switch (ev) {
        case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
          // ignored
        }
        case XMLStreamConstants.DTD ->
            throw new XmlRpcException("DOCTYPE is not allowed in XML-RPC");
        case XMLStreamConstants.ENTITY_REFERENCE,
            XMLStreamConstants.ENTITY_DECLARATION,
            XMLStreamConstants.NOTATION_DECLARATION ->
            throw new XmlRpcException("entity references are not allowed in XML-RPC");
        default -> {
          return ev;
        }
      }
    }
    throw new XmlRpcException("unexpected end of document");
  }

  private static void expectRoot(XMLStreamReader r, String root)
      throws XMLStreamException, XmlRpcException {
    String tag = nextStart(r);
    if (!tag.equals(root)) {
      throw new XmlRpcException("expected <" + root + "> but found <" + abbreviate(tag) + ">");
    }
  }

  /** Next start tag, skipping whitespace; anything else is an error. */
  private static String nextStart(XMLStreamReader r) throws XMLStreamException, XmlRpcException {
    String tag = nextStartOrEnd(r);
    if (tag == null) {
      throw new XmlRpcException("unexpected end tag </" + r.getLocalName() + ">");
    }
    return tag;
  }

  /** Next start tag name, or null at an end tag; non-whitespace text is an error. */
  private static String nextStartOrEnd(XMLStreamReader r)
      throws XMLStreamException, XmlRpcException {
    while (true) {
      int ev = next(r);
      switch (ev) {
        case XMLStreamConstants.START_ELEMENT -> {
          return r.getLocalName();
        }
        case XMLStreamConstants.END_ELEMENT -> {
          return null;
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> {
          if (!r.isWhiteSpace()) {
            throw new XmlRpcException("unexpected text '" + abbreviate(r.getText().trim()) + "'");
          }
        }
        case XMLStreamConstants.START_DOCUMENT -> {
          // ignored
        }
        default -> throw new XmlRpcException("unexpected XML event " + ev);
      }
    }
  }

  private static void expectStart(XMLStreamReader r, String name)
      throws XMLStreamException, XmlRpcException {
    String tag = nextStart(r);
    if (!tag.equals(name)) {
      throw new XmlRpcException("expected <" + name + "> but found <" + abbreviate(tag) + ">");
    }
  }

  private static void expectEnd(XMLStreamReader r) throws XMLStreamException, XmlRpcException {
    String tag = nextStartOrEnd(r);
    if (tag != null) {
      throw new XmlRpcException("unexpected element <" + abbreviate(tag) + ">");
    }
  }

  private static void expectDocumentEnd(XMLStreamReader r)
      throws XMLStreamException, XmlRpcException {
    while (r.hasNext()) {
      int ev = r.next();
      switch (ev) {
        case XMLStreamConstants.END_DOCUMENT,
            XMLStreamConstants.COMMENT,
            XMLStreamConstants.PROCESSING_INSTRUCTION -> {
          // fine
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> {
          if (!r.isWhiteSpace()) {
            throw new XmlRpcException("trailing content after the document element");
          }
        }
        default -> throw new XmlRpcException("trailing content after the document element");
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }
}
