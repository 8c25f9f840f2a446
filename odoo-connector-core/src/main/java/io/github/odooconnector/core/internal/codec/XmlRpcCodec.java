package io.github.odooconnector.core.internal.codec;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A small XML-RPC codec on the JDK's StAX parser (Apache XML-RPC is deliberately not used:
 * unmaintained, and CVE-2019-17570 lets a malicious server run code in the client).
 *
 * <p>Hardening: any DOCTYPE is rejected, external entities are never resolved, entity references
 * other than the five predefined ones and character references are rejected, nesting depth and
 * string length are capped (the body size is capped by the transport before parsing). Encoding is
 * done by {@link XmlRpcWriter}, decoding by {@link XmlRpcReader}. Thread-safe.
 */
public final class XmlRpcCodec {
  /** Default maximum nesting depth of values. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  static final DateTimeFormatter ISO_COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HH:mm:ss");

  private final XmlRpcWriter writer;

  private final XmlRpcReader reader;

  /**
   * Creates a codec.
   *
   * @param maxDepth maximum nesting depth of values
   * @param maxStringChars maximum characters of one string/base64 value
   */
  public XmlRpcCodec(int maxDepth, int maxStringChars) {
    this.writer = new XmlRpcWriter(maxDepth);
    this.reader = new XmlRpcReader(maxDepth, maxStringChars);
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
    XmlRpcWriter.escape(method, sb);
    sb.append("</methodName><params>");
    int index = 0;
    for (Object p : params) {
      sb.append("<param>");
      try {
        writer.writeValue(p, sb, 0);
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
    writer.writeValue(value, sb, 0);
    sb.append("</param></params></methodResponse>\n");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
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
    return reader.parseResponse(body);
  }

  /**
   * Decodes a {@code methodCall} (used by tests and fakes).
   *
   * @param body the request body
   * @return the call
   * @throws XmlRpcException if the document is malformed, hostile or over the limits
   */
  public Call parseCall(byte[] body) throws XmlRpcException {
    return reader.parseCall(body);
  }
}
