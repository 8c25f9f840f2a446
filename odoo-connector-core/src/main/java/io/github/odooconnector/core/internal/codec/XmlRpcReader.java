package io.github.odooconnector.core.internal.codec;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
 * The decoding half of {@link XmlRpcCodec}: a hardened StAX reader of {@code methodResponse} and
 * {@code methodCall} documents (no DOCTYPE, no external or custom entities, capped depth and string
 * length). Thread-safe.
 */
final class XmlRpcReader {

  private final XMLInputFactory factory;
  private final int maxDepth;
  private final int maxStringChars;

  XmlRpcReader(int maxDepth, int maxStringChars) {
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

  /**
   * Decodes a {@code methodResponse}.
   *
   * @param body the response body
   * @return the value or fault
   * @throws XmlRpcException if the document is malformed, hostile or over the limits
   */
  XmlRpcCodec.Response parseResponse(byte[] body) throws XmlRpcException {
    Objects.requireNonNull(body, "body");
    Object fast = XmlRpcFastReader.parseResponseValue(body, maxDepth, maxStringChars);
    if (fast != XmlRpcFastReader.NOT_HANDLED) {
      return new XmlRpcCodec.Response(fast, false, null, null);
    }
    return parseResponseWithStax(body);
  }

  /**
   * Decodes a {@code methodResponse} with the hardened StAX reader alone: what {@link
   * #parseResponse} does for every document the fast path does not take (tests compare the two).
   */
  XmlRpcCodec.Response parseResponseWithStax(byte[] body) throws XmlRpcException {
    XMLStreamReader r = open(body);
    try {
      expectRoot(r, "methodResponse");
      String tag = nextStart(r);
      XmlRpcCodec.Response out;
      if (tag.equals("params")) {
        expectStart(r, "param");
        expectStart(r, "value");
        Object v = readValue(r, 1);
        expectEnd(r); // param
        expectEnd(r); // params
        out = new XmlRpcCodec.Response(freeze(v), false, null, null);
      } else if (tag.equals("fault")) {
        expectStart(r, "value");
        Object v = readValue(r, 1);
        expectEnd(r); // fault
        if (!(v instanceof Map<?, ?> m) || !m.containsKey("faultCode")) {
          throw new XmlRpcException("fault without a faultCode struct");
        }
        Object fs = m.get("faultString");
        out =
            new XmlRpcCodec.Response(
                null, true, m.get("faultCode"), fs == null ? "" : String.valueOf(fs));
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
  XmlRpcCodec.Call parseCall(byte[] body) throws XmlRpcException {
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
      return new XmlRpcCodec.Call(name, params);
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

  /**
   * The decoded response value with immutable maps and lists, as the fast path returns them (so a
   * caller sees the same types whichever path decoded the answer).
   */
  private static Object freeze(Object v) {
    if (v instanceof List<?> l) {
      Object[] out = new Object[l.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = freeze(l.get(i));
      }
      return FrozenList.adopt(out);
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put((String) k, freeze(x)));
      return FieldMap.copyOf(out);
    }
    return v;
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

  static Instant parseDateTime(String t) throws XmlRpcException {
    try {
      if (t.length() >= 8 && t.charAt(4) != '-') {
        return LocalDateTime.parse(
                t.substring(0, Math.min(17, t.length())), XmlRpcCodec.ISO_COMPACT)
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
