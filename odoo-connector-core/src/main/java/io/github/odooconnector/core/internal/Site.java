package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.api.ServerVersion;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where a call goes, for error messages: model (or service), method, current server version,
 * secrets to redact.
 */
public record Site(
    String model, String method, Supplier<ServerVersion> version, List<String> secrets) {

  /**
   * @return the current server version
   */
  public ServerVersion serverVersion() {
    return version.get();
  }

  /**
   * Removes secrets from a text coming from the server or from an exception.
   *
   * @param text text, may be null
   * @return the redacted text ("" for null)
   */
  public String redact(String text) {
    if (text == null) {
      return "";
    }
    String out = text;
    for (String s : secrets) {
      if (s != null && s.length() >= 3) {
        out = out.replace(s, "***");
      }
    }
    return out;
  }
}
