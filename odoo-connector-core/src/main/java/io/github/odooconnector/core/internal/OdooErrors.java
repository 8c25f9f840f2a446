package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.api.OdooAccessException;
import io.github.odooconnector.core.api.OdooAuthenticationException;
import io.github.odooconnector.core.api.OdooConcurrencyException;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.OdooMissingRecordException;
import io.github.odooconnector.core.api.OdooOutcomeUnknownException;
import io.github.odooconnector.core.api.OdooProtocolException;
import io.github.odooconnector.core.api.OdooServerException;
import io.github.odooconnector.core.api.OdooTransportException;
import io.github.odooconnector.core.api.OdooValidationException;
import io.github.odooconnector.core.internal.transport.TransportFailure;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps what Odoo sends (exception names, XML-RPC fault codes, HTTP statuses) to the typed
 * exceptions.
 */
public final class OdooErrors {

  private static final Set<String> AUTH =
      Set.of("AccessDenied", "Unauthorized", "SessionExpiredException");
  private static final Set<String> ACCESS = Set.of("AccessError", "Forbidden");
  private static final Set<String> MISSING = Set.of("MissingError");
  private static final Set<String> VALIDATION =
      Set.of(
          "UserError",
          "ValidationError",
          "RedirectWarning",
          "Warning",
          "except_orm",
          "CacheMiss",
          "LockError");
  private static final Set<String> CONCURRENCY =
      Set.of(
          "SerializationFailure",
          "TransactionRollbackError",
          "DeadlockDetected",
          "LockNotAvailable",
          "ConcurrentUpdate");
  private static final Pattern TRACEBACK_LAST =
      Pattern.compile("^([A-Za-z_][\\w.]*)(?:: ?(.*))?$", Pattern.DOTALL);
  private static final String MISSING_TEXT = "Record does not exist or has been deleted";

  private OdooErrors() {}

  /**
   * Maps an Odoo exception by its Python name.
   *
   * @param name fully qualified exception name, may be null
   * @param message Odoo's message
   * @param site the call
   * @param httpStatus HTTP status (JSON-2) or 0
   * @return the typed exception
   */
  public static OdooException fromName(String name, String message, Site site, int httpStatus) {
    String msg =
        site.redact(message == null || message.isBlank() ? describe(name, httpStatus) : message);
    String simple = name == null ? "" : name.substring(name.lastIndexOf('.') + 1);
    String m = site.model();
    String me = site.method();
    if (AUTH.contains(simple) || (simple.isEmpty() && httpStatus == 401)) {
      return new OdooAuthenticationException(msg, m, me, site.serverVersion(), name, null);
    }
    if (ACCESS.contains(simple) && !(simple.equals("Forbidden") && httpStatus != 403)
        || (simple.isEmpty() && httpStatus == 403)) {
      return new OdooAccessException(msg, m, me, site.serverVersion(), name, null);
    }
    if (MISSING.contains(simple)) {
      return new OdooMissingRecordException(msg, m, me, site.serverVersion(), name, null);
    }
    if (VALIDATION.contains(simple)) {
      return new OdooValidationException(msg, m, me, site.serverVersion(), name, null);
    }
    if (CONCURRENCY.contains(simple)
        || msg.contains("could not serialize access due to concurrent update")) {
      return new OdooConcurrencyException(msg, m, me, site.serverVersion(), name, null);
    }
    return new OdooServerException(msg, m, me, site.serverVersion(), name, null);
  }

  /**
   * Maps an XML-RPC fault: integer codes of {@code /xmlrpc/2} (1 generic with a traceback, 2
   * UserError family, 3 AccessDenied, 4 AccessError) and the string codes of the legacy {@code
   * /xmlrpc} endpoint.
   *
   * @param faultCode Integer/Long or String
   * @param faultString the fault string
   * @param site the call
   * @return the typed exception
   */
  /**
   * Whether an XML-RPC fault only says that the method returned {@code None}, which Odoo's
   * marshaller ({@code allow_none=False}) cannot encode. Odoo encodes the result after the method's
   * transaction committed, so the call succeeded.
   *
   * @param faultString the fault's traceback text
   * @return true for the None-marshalling fault
   */
  public static boolean isNoneMarshallingFault(String faultString) {
    return faultString != null && NONE_MARSHALLING.matcher(faultString).find();
  }

  private static final Pattern NONE_MARSHALLING =
      Pattern.compile("(?m)^TypeError: cannot marshal None unless allow_none is enabled\\s*$");

  public static OdooException fromXmlRpcFault(Object faultCode, String faultString, Site site) {
    String fs = faultString == null ? "" : faultString;
    if (faultCode instanceof Number n) {
      switch (n.intValue()) {
        case 2 -> {
          if (fs.startsWith(MISSING_TEXT)) {
            return new OdooMissingRecordException(
                site.redact(fs), site.model(), site.method(), site.serverVersion(), null, null);
          }
          return new OdooValidationException(
              site.redact(fs), site.model(), site.method(), site.serverVersion(), null, null);
        }
        case 3 -> {
          return new OdooAuthenticationException(
              site.redact(fs.isBlank() ? "Access Denied" : fs),
              site.model(),
              site.method(),
              site.serverVersion(),
              "odoo.exceptions.AccessDenied",
              null);
        }
        case 4 -> {
          return new OdooAccessException(
              site.redact(fs),
              site.model(),
              site.method(),
              site.serverVersion(),
              "odoo.exceptions.AccessError",
              null);
        }
        default -> {
          return fromTraceback(fs, site);
        }
      }
    }
    String code = String.valueOf(faultCode);
    if (code.equals("AccessDenied")) {
      return fromName("odoo.exceptions.AccessDenied", fs.isBlank() ? "Access Denied" : fs, site, 0);
    }
    if (code.startsWith("warning -- ")) {
      String rest = code.substring("warning -- ".length());
      int nl = rest.indexOf('\n');
      String name = nl < 0 ? rest.trim() : rest.substring(0, nl).trim();
      String msg = nl < 0 ? "" : rest.substring(nl).trim();
      return fromName("odoo.exceptions." + name, msg, site, 0);
    }
    OdooException fromTb = fromTraceback(fs, site);
    if (fromTb instanceof OdooServerException && !code.isBlank()) {
      return new OdooServerException(
          site.redact(code),
          site.model(),
          site.method(),
          site.serverVersion(),
          fromTb.odooExceptionName().orElse(null),
          null);
    }
    return fromTb;
  }

  /**
   * Maps a Python traceback by its last line ({@code pkg.Name: message}).
   *
   * @param traceback the traceback text
   * @param site the call
   * @return the typed exception
   */
  public static OdooException fromTraceback(String traceback, Site site) {
    String tb = traceback == null ? "" : traceback.strip();
    String[] lines = tb.split("\n", -1);
    int lastFrame = -1;
    for (int i = lines.length - 1; i >= 0; i--) {
      if (lines[i].startsWith("  File \"")) {
        lastFrame = i;
        break;
      }
    }
    int start = lastFrame + 1;
    while (lastFrame >= 0 && start < lines.length && lines[start].startsWith("    ")) {
      start++; // source line and caret markers of the last frame
    }
    String lastLine =
        start < lines.length
            ? String.join("\n", Arrays.copyOfRange(lines, start, lines.length)).strip()
            : tb;
    Matcher mt = TRACEBACK_LAST.matcher(lastLine);
    if (mt.matches()) {
      String name = mt.group(1);
      String msg = mt.group(2) == null ? "" : mt.group(2).strip();
      String qualified = name.contains(".") ? name : "builtins." + name;
      return fromName(qualified, msg, site, 0);
    }
    return new OdooServerException(
        site.redact(lastLine.isEmpty() ? "Odoo server error" : abbreviate(lastLine)),
        site.model(),
        site.method(),
        site.serverVersion(),
        null,
        null);
  }

  /**
   * Maps a JSON-RPC {@code error} object.
   *
   * @param error the error map
   * @param site the call
   * @return the typed exception
   */
  public static OdooException fromJsonRpcError(Map<?, ?> error, Site site) {
    Object data = error.get("data");
    Object code = error.get("code");
    String name = null;
    String message = null;
    if (data instanceof Map<?, ?> d) {
      name = d.get("name") instanceof String s ? s : null;
      message = d.get("message") instanceof String s ? s : null;
    }
    if (message == null && error.get("message") instanceof String s) {
      message = s;
    }
    if (code instanceof Number n && n.intValue() == 100) {
      return new OdooAuthenticationException(
          site.redact(message == null ? "Odoo session expired" : message),
          site.model(),
          site.method(),
          site.serverVersion(),
          name,
          null);
    }
    return fromName(name, message, site, 0);
  }

  /**
   * Maps a JSON-2 error body ({@code name, message, arguments, context, debug}).
   *
   * @param body the error map
   * @param status HTTP status
   * @param site the call
   * @return the typed exception
   */
  public static OdooException fromJson2Error(Map<?, ?> body, int status, Site site) {
    String name = body.get("name") instanceof String s ? s : null;
    String message = body.get("message") instanceof String s ? s : null;
    return fromName(name, message, site, status);
  }

  /**
   * Converts a transport failure into the exception a caller sees.
   *
   * @param f the failure
   * @param idempotent whether the call may be repeated
   * @param site the call
   * @return OdooTransportException (retryable) or OdooOutcomeUnknownException
   */
  public static OdooException fromTransport(TransportFailure f, boolean idempotent, Site site) {
    if (f.kind() == TransportFailure.Kind.TOO_LARGE) {
      return new OdooProtocolException(
          site.redact(f.getMessage()), site.model(), site.method(), site.serverVersion(), null, f);
    }
    String msg = site.redact(f.getMessage());
    if (f.kind() == TransportFailure.Kind.TLS) {
      return new OdooTransportException(
          msg, site.model(), site.method(), site.serverVersion(), 0, null, false, f);
    }
    if (idempotent || f.notProcessed()) {
      return new OdooTransportException(
          msg, site.model(), site.method(), site.serverVersion(), f.status(), f.retryAfter(), f);
    }
    return new OdooOutcomeUnknownException(
        msg
            + "; the request may have been applied by Odoo and was not "
            + "repeated (mark the call idempotent or reconcile)",
        site.model(),
        site.method(),
        site.serverVersion(),
        f.status(),
        f.retryAfter(),
        f);
  }

  /**
   * A protocol error.
   *
   * @param message description
   * @param site call
   * @param cause cause or null
   * @return the exception
   */
  public static OdooProtocolException protocol(String message, Site site, Throwable cause) {
    return new OdooProtocolException(
        site.redact(message), site.model(), site.method(), site.serverVersion(), null, cause);
  }

  private static String describe(String name, int status) {
    if (name != null) {
      return name;
    }
    return status > 0 ? "HTTP " + status : "Odoo server error";
  }

  /**
   * Shortens a server text for messages.
   *
   * @param s text
   * @return at most 300 characters
   */
  public static String abbreviate(String s) {
    String t = s.strip();
    return t.length() > 300 ? t.substring(0, 300) + "..." : t;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
