package io.github.odooconnector.core.internal.transport;

import java.net.http.HttpHeaders;
import java.util.Locale;

/** A complete HTTP response with its (size-capped) body. */
public record HttpResult(int status, HttpHeaders headers, byte[] body) {

  /**
   * @return the Content-Type header, lower-cased, or empty
   */
  public String contentType() {
    return headers.firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
  }

  /**
   * @return whether the body is JSON
   */
  public boolean isJson() {
    return contentType().contains("json");
  }

  /**
   * @return whether the body is XML
   */
  public boolean isXml() {
    return contentType().contains("xml");
  }
}
