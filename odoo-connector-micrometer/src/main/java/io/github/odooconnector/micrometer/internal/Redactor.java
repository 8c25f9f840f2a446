package io.github.odooconnector.micrometer.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes credentials from Odoo HTTP exchanges before they are logged: the password or API key that
 * JSON-RPC and XML-RPC pass positionally ({@code execute_kw}, {@code authenticate}, ...), every
 * JSON value or XML-RPC struct member whose name suggests a secret (password, key, token, secret,
 * session, cookie, authorization, signature), and the headers that carry them. A body that cannot
 * be parsed is not logged at all (only its size), so a malformed body cannot leak.
 */
public final class Redactor {

  /** What a secret is replaced with. */
  public static final String MASK = "***";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Methods of the RPC services that take the password or key as their third argument. */
  private static final Set<String> CREDENTIAL_AT_3 =
      Set.of("execute_kw", "execute", "exec_workflow", "render_report", "report", "report_get");

  /** Methods that take the password or key as their third argument after db and login. */
  private static final Set<String> LOGIN_METHODS = Set.of("authenticate", "login");

  private static final Pattern SECRET_NAME =
      Pattern.compile(
          "(?i).*(pass(word|wd)?|api[_-]?key|apikey|(^|_)key$|token|secret|session|cookie|"
              + "authori[sz]ation|signature|credential|private).*");

  private static final Pattern XML_PARAM =
      Pattern.compile("(<param>\\s*)(<value>.*?</value>)(\\s*</param>)", Pattern.DOTALL);

  private static final Pattern XML_METHOD =
      Pattern.compile("<methodName>\\s*([^<\\s]+)\\s*</methodName>");

  private static final Pattern XML_MEMBER =
      Pattern.compile(
          "(<member>\\s*<name>([^<]*)</name>\\s*)(<value>.*?</value>)(\\s*</member>)",
          Pattern.DOTALL);

  private Redactor() {}

  /**
   * Whether a header or field name carries a secret.
   *
   * @param name the name
   * @return true to mask its value
   */
  public static boolean isSecretName(String name) {
    return SECRET_NAME.matcher(name).matches();
  }

  /**
   * Redacts headers.
   *
   * @param headers the headers
   * @return a printable, redacted form
   */
  public static String headers(Map<String, List<String>> headers) {
    StringBuilder sb = new StringBuilder();
    headers.forEach(
        (name, values) -> {
          if (sb.length() > 0) {
            sb.append(", ");
          }
          sb.append(name).append(": ").append(isSecretName(name) ? MASK : String.join(",", values));
        });
    return sb.toString();
  }

  /**
   * Redacts a body by its content type.
   *
   * @param contentType the Content-Type, may be empty
   * @param body the bytes (possibly truncated)
   * @param truncated whether {@code body} is only the start of the body
   * @return the redacted text, or a note saying why it is not shown
   */
  public static String body(String contentType, byte[] body, boolean truncated) {
    if (body.length == 0) {
      return "(empty)";
    }
    if (truncated) {
      return "(" + body.length + "+ bytes, too large to log)";
    }
    String ct = contentType.toLowerCase(Locale.ROOT);
    String text = new String(body, StandardCharsets.UTF_8);
    try {
      if (ct.contains("json") || text.stripLeading().startsWith("{")) {
        return json(text);
      }
      if (ct.contains("xml") || text.stripLeading().startsWith("<")) {
        return xml(text);
      }
    } catch (RuntimeException | IOException e) {
      // fall through: never log what could not be checked
    }
    return "(" + body.length + " bytes, not logged: unrecognised content)";
  }

  static String json(String text) throws IOException {
    JsonNode root = JSON.readTree(text);
    if (root == null) {
      return "(empty)";
    }
    maskPositional(root);
    maskNamed(root);
    return JSON.writeValueAsString(root);
  }

  private static void maskPositional(JsonNode root) {
    JsonNode params = root.path("params");
    String method = params.path("method").asText("");
    JsonNode args = params.path("args");
    if (args instanceof ArrayNode a) {
      if (CREDENTIAL_AT_3.contains(method) || LOGIN_METHODS.contains(method)) {
        if (a.size() > 2) {
          a.set(2, MASK);
        }
      }
    }
  }

  private static void maskNamed(JsonNode node) {
    if (node instanceof ObjectNode o) {
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        if (isSecretName(e.getKey()) && !e.getValue().isContainerNode()) {
          e.setValue(o.textNode(MASK));
        } else {
          maskNamed(e.getValue());
        }
      }
    } else if (node instanceof ArrayNode a) {
      a.forEach(Redactor::maskNamed);
    }
  }

  static String xml(String text) {
    String out = text;
    Matcher m = XML_METHOD.matcher(text);
    if (m.find()) {
      String method = m.group(1);
      if (CREDENTIAL_AT_3.contains(method) || LOGIN_METHODS.contains(method)) {
        out = maskThirdParam(out);
      }
    }
    Matcher member = XML_MEMBER.matcher(out);
    StringBuilder sb = new StringBuilder();
    while (member.find()) {
      String replacement =
          isSecretName(member.group(2))
              ? member.group(1) + "<value>" + MASK + "</value>" + member.group(4)
              : member.group();
      member.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    member.appendTail(sb);
    return sb.toString();
  }

  private static String maskThirdParam(String text) {
    Matcher p = XML_PARAM.matcher(text);
    StringBuilder sb = new StringBuilder();
    int index = 0;
    while (p.find()) {
      index++;
      String replacement =
          index == 3 ? p.group(1) + "<value>" + MASK + "</value>" + p.group(3) : p.group();
      p.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    p.appendTail(sb);
    return sb.toString();
  }
}
