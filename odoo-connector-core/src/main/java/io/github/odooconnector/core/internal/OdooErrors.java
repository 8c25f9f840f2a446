package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.api.OdooAccessException;
import io.github.odooconnector.core.api.OdooAuthenticationException;
import io.github.odooconnector.core.api.OdooConcurrencyException;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.OdooMissingRecordException;
import io.github.odooconnector.core.api.OdooOutcomeUnknownException;
import io.github.odooconnector.core.api.OdooProtocolException;
import io.github.odooconnector.core.api.OdooServerException;
import io.github.odooconnector.core.api.OdooTlsException;
import io.github.odooconnector.core.api.OdooTransportException;
import io.github.odooconnector.core.api.OdooUnknownDatabaseException;
import io.github.odooconnector.core.api.OdooUnknownModelException;
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

  /**
   * psycopg2 errors of a lost or refused database connection (a stopping server, PostgreSQL down).
   */
  private static final Set<String> DB_UNAVAILABLE =
      Set.of(
          "InterfaceError",
          "OperationalError",
          "AdminShutdown",
          "CrashShutdown",
          "CannotConnectNow",
          "ConnectionException",
          "ConnectionFailure");

  private static final Pattern UNKNOWN_DATABASE =
      Pattern.compile("database \"([^\"]+)\" does not exist");
  private static final Pattern UNKNOWN_MODEL_RPC = Pattern.compile("^Object (\\S+) doesn't exist");
  private static final Pattern UNKNOWN_MODEL_JSON2 =
      Pattern.compile("^the model '([^']+)' does not exist");
  private static final Pattern COMMIT_FRAME =
      Pattern.compile("(?m)^  File \".*\", line \\d+, in commit$");
  private static final Pattern VALIDATION_TEXT =
      Pattern.compile(
          "^(The operation cannot be completed|You cannot create recursive|Recursion Detected)");

  private OdooErrors() {}

  /**
   * Maps an Odoo exception by its Python name.
   *
   * @param name fully qualified exception name, may be null
   * @param message Odoo's message
   * @param site the call
   * @param httpStatus HTTP status (JSON-2) or 0
   * @return the typed exception, or a {@link TransportFailure} for a database-connection failure of
   *     a stopping server (the caller turns it into a transport exception)
   */
  public static RuntimeException fromName(String name, String message, Site site, int httpStatus) {
    return fromName(name, message, null, site, httpStatus);
  }

  /**
   * Maps an Odoo exception by its Python name, with the traceback Odoo sent.
   *
   * @param name fully qualified exception name, may be null
   * @param message Odoo's message
   * @param traceback Odoo's traceback ({@code debug} or the XML-RPC fault string), may be null
   * @param site the call
   * @param httpStatus HTTP status (JSON-2) or 0
   * @return the typed exception, or a {@link TransportFailure} (see {@link #fromName(String,
   *     String, Site, int)})
   */
  static RuntimeException fromName(
      String name, String message, String traceback, Site site, int httpStatus) {
    String msg =
        site.redact(message == null || message.isBlank() ? describe(name, httpStatus) : message);
    String simple = name == null ? "" : name.substring(name.lastIndexOf('.') + 1);
    String m = site.model();
    String me = site.method();
    Matcher unknownDb = UNKNOWN_DATABASE.matcher(msg);
    if (name != null && name.startsWith("psycopg") && unknownDb.find()) {
      return unknownDatabase(unknownDb.group(1), msg, site, name);
    }
    if (name != null && name.startsWith("psycopg") && DB_UNAVAILABLE.contains(simple)) {
      return databaseUnavailable(name, msg, traceback, httpStatus);
    }
    Matcher unknownModel =
        (simple.equals("UserError") ? UNKNOWN_MODEL_RPC : UNKNOWN_MODEL_JSON2).matcher(msg);
    if ((simple.equals("UserError") || simple.equals("NotFound")) && unknownModel.find()) {
      return new OdooUnknownModelException(
          "model '"
              + unknownModel.group(1)
              + "' does not exist in this Odoo database (a typo, or the Odoo app that defines it"
              + " is not installed): "
              + msg,
          m,
          me,
          site.serverVersion(),
          name,
          null);
    }
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
   * The configured database does not exist (or, over JSON-2, none could be selected).
   *
   * @param database the database the client sent, or null when none is configured
   * @param detail what Odoo said
   * @param site the call
   * @param odooName the Python exception Odoo reported, or null
   * @return the exception
   */
  static OdooUnknownDatabaseException unknownDatabase(
      String database, String detail, Site site, String odooName) {
    String what =
        database == null || database.isEmpty()
            ? "no database is configured and Odoo could not select one (it hosts several, or its"
                + " dbfilter matches none): set OdooClientBuilder.database(...)"
            : "database '"
                + database
                + "' does not exist on this Odoo server (or its dbfilter hides it): check"
                + " OdooClientBuilder.database(...)";
    return new OdooUnknownDatabaseException(
        site.redact(what + " (" + abbreviate(detail) + ")"),
        database,
        site.model(),
        site.method(),
        site.serverVersion(),
        odooName,
        null);
  }

  /**
   * A database-connection failure of the server ({@code psycopg2.InterfaceError: cursor already
   * closed}, {@code OperationalError}, {@code AdminShutdown}...), typically a server stopping while
   * the call ran. Odoo runs each call in one transaction and answers with an error only after that
   * transaction was rolled back, so the call was not applied (safe to repeat, writes included)
   * unless the failure hit the {@code COMMIT} itself, which the traceback shows.
   */
  private static TransportFailure databaseUnavailable(
      String name, String msg, String traceback, int httpStatus) {
    boolean atCommit = traceback != null && COMMIT_FRAME.matcher(traceback).find();
    String firstLine = msg.strip().lines().findFirst().orElse("");
    return new TransportFailure(
        TransportFailure.Kind.DATABASE_UNAVAILABLE,
        "Odoo lost its database connection while serving the call ("
            + name
            + ": "
            + abbreviate(firstLine)
            + "): the server is probably stopping or restarting, or PostgreSQL is unavailable; "
            + (atCommit
                ? "the failure hit the commit, so the call may have been applied"
                : "Odoo rolled the call's transaction back, nothing was applied"),
        httpStatus,
        null,
        !atCommit,
        null);
  }

  /**
   * Whether an XML-RPC fault says that Odoo could not encode the method's result: {@code None}
   * somewhere in it ({@code allow_none=False}) or an object such as a recordset. Odoo encodes the
   * result after the method's transaction committed, so the call itself succeeded.
   *
   * @param faultString the fault's traceback text
   * @return true for a marshalling fault
   */
  public static boolean isMarshallingFault(String faultString) {
    return faultString != null && MARSHALLING.matcher(faultString).find();
  }

  /**
   * Whether an XML-RPC marshalling fault is about {@code None} (rather than an object).
   *
   * @param faultString the fault's traceback text
   * @return true for the None-marshalling fault
   */
  public static boolean isNoneMarshallingFault(String faultString) {
    return faultString != null && NONE_MARSHALLING.matcher(faultString).find();
  }

  private static final Pattern MARSHALLING = Pattern.compile("(?m)^TypeError: cannot marshal .*$");
  private static final Pattern NONE_MARSHALLING =
      Pattern.compile("(?m)^TypeError: cannot marshal None unless allow_none is enabled\\s*$");

  /**
   * Maps an XML-RPC fault: integer codes of {@code /xmlrpc/2} (1 generic with a traceback, 2
   * UserError family, 3 AccessDenied, 4 AccessError) and the string codes of the legacy {@code
   * /xmlrpc} endpoint.
   *
   * <p>Fault code 2 carries only the message, not the exception class: {@link
   * OdooException#odooExceptionName()} is derived from it ({@code odoo.exceptions.MissingError} for
   * Odoo's missing-record text, {@code ValidationError} for its required-field and recursion texts,
   * otherwise {@code odoo.exceptions.UserError}, the base class of every code-2 error).
   *
   * @param faultCode Integer/Long or String
   * @param faultString the fault string
   * @param site the call
   * @return the typed exception, or a {@link TransportFailure} (see {@link #fromName(String,
   *     String, Site, int)})
   */
  public static RuntimeException fromXmlRpcFault(Object faultCode, String faultString, Site site) {
    String fs = faultString == null ? "" : faultString;
    if (faultCode instanceof Number n) {
      switch (n.intValue()) {
        case 2 -> {
          return fromName(warningName(fs), fs, null, site, 0);
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
    RuntimeException fromTb = fromTraceback(fs, site);
    if (fromTb instanceof OdooServerException se && !code.isBlank()) {
      return new OdooServerException(
          site.redact(code),
          site.model(),
          site.method(),
          site.serverVersion(),
          se.odooExceptionName().orElse(null),
          null);
    }
    return fromTb;
  }

  /** The exception class behind an XML-RPC fault code 2, derived from its message. */
  static String warningName(String faultString) {
    if (faultString.startsWith(MISSING_TEXT)) {
      return "odoo.exceptions.MissingError";
    }
    if (VALIDATION_TEXT.matcher(faultString).find()) {
      return "odoo.exceptions.ValidationError";
    }
    return "odoo.exceptions.UserError";
  }

  /**
   * Maps a Python traceback by its last line ({@code pkg.Name: message}).
   *
   * @param traceback the traceback text
   * @param site the call
   * @return the typed exception, or a {@link TransportFailure} (see {@link #fromName(String,
   *     String, Site, int)})
   */
  public static RuntimeException fromTraceback(String traceback, Site site) {
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
      return fromName(qualified, msg, tb, site, 0);
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
   * @return the typed exception, or a {@link TransportFailure} (see {@link #fromName(String,
   *     String, Site, int)})
   */
  public static RuntimeException fromJsonRpcError(Map<?, ?> error, Site site) {
    Object data = error.get("data");
    Object code = error.get("code");
    String name = null;
    String message = null;
    String debug = null;
    if (data instanceof Map<?, ?> d) {
      name = d.get("name") instanceof String s ? s : null;
      message = d.get("message") instanceof String s ? s : null;
      debug = d.get("debug") instanceof String s ? s : null;
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
    return fromName(name, message, debug, site, 0);
  }

  /**
   * Maps a JSON-2 error body ({@code name, message, arguments, context, debug}).
   *
   * @param body the error map
   * @param status HTTP status
   * @param site the call
   * @return the typed exception, or a {@link TransportFailure} (see {@link #fromName(String,
   *     String, Site, int)})
   */
  public static RuntimeException fromJson2Error(Map<?, ?> body, int status, Site site) {
    String name = body.get("name") instanceof String s ? s : null;
    String message = body.get("message") instanceof String s ? s : null;
    String debug = body.get("debug") instanceof String s ? s : null;
    return fromName(name, message, debug, site, status);
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
      return new OdooTlsException(msg, site.model(), site.method(), site.serverVersion(), f);
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
