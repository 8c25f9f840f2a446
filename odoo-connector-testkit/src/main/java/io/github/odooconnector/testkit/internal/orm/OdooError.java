package io.github.odooconnector.testkit.internal.orm;

import java.util.List;

/**
 * A server-side Odoo exception, carrying everything the three protocols need to render it the way
 * Odoo does.
 */
public final class OdooError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Python class name, e.g. {@code odoo.exceptions.UserError}. */
  private final String pythonName;

  /** XML-RPC faultCode: 1 (traceback), 2 (warning), 3 (AccessDenied), 4 (AccessError). */
  private final int faultCode;

  /** JSON-2 HTTP status. */
  private final int httpStatus;

  /** Whether werkzeug style (status appended to arguments). */
  private final boolean werkzeug;

  private OdooError(
      String pythonName, String message, int faultCode, int httpStatus, boolean werkzeug) {
    super(message, null, false, false);
    this.pythonName = pythonName;
    this.faultCode = faultCode;
    this.httpStatus = httpStatus;
    this.werkzeug = werkzeug;
  }

  public static OdooError userError(String message) {
    return new OdooError("odoo.exceptions.UserError", message, 2, 422, false);
  }

  public static OdooError validationError(String message) {
    return new OdooError("odoo.exceptions.ValidationError", message, 2, 422, false);
  }

  public static OdooError missingError(String model, List<Long> ids, long uid) {
    StringBuilder sb = new StringBuilder();
    for (Long id : ids) {
      sb.append(id).append(',');
    }
    return new OdooError(
        "odoo.exceptions.MissingError",
        "Record does not exist or has been deleted.\n(Record: "
            + model
            + "("
            + sb
            + "), User: "
            + uid
            + ")",
        2,
        404,
        false);
  }

  public static OdooError accessError(String message) {
    return new OdooError("odoo.exceptions.AccessError", message, 4, 403, false);
  }

  public static OdooError accessDenied() {
    return new OdooError("odoo.exceptions.AccessDenied", "Access Denied", 3, 401, false);
  }

  public static OdooError sessionExpired() {
    return new OdooError("odoo.http.SessionExpiredException", "Session expired", 100, 403, false);
  }

  public static OdooError builtin(String type, String message) {
    return new OdooError("builtins." + type, message, 1, 500, false);
  }

  public static OdooError serializationFailure() {
    return new OdooError(
        "psycopg2.errors.SerializationFailure",
        "could not serialize access due to concurrent update\n",
        1,
        500,
        false);
  }

  public static OdooError unknownDatabase(String db) {
    return new OdooError(
        "psycopg2.OperationalError",
        "connection to server at \"127.0.0.1\", port 5432 failed: "
            + "FATAL:  database \""
            + db
            + "\" does not exist\n",
        1,
        500,
        false);
  }

  public static OdooError psycopg(String name, String message) {
    return new OdooError("psycopg2.errors." + name, message, 1, 500, false);
  }

  /**
   * A werkzeug HTTP exception (JSON-2 only).
   *
   * @param status the HTTP status
   * @param message the description
   * @return the error
   */
  public static OdooError http(int status, String message) {
    String name =
        switch (status) {
          case 400 -> "BadRequest";
          case 401 -> "Unauthorized";
          case 403 -> "Forbidden";
          case 404 -> "NotFound";
          case 422 -> "UnprocessableEntity";
          default -> "InternalServerError";
        };
    return new OdooError("werkzeug.exceptions." + name, message, 1, status, true);
  }

  public String pythonName() {
    return pythonName;
  }

  /** The short class name, e.g. {@code UserError}. */
  public String shortName() {
    return pythonName.substring(pythonName.lastIndexOf('.') + 1);
  }

  public int faultCode() {
    return faultCode;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public boolean werkzeug() {
    return werkzeug;
  }

  /** The exception line of a Python traceback, e.g. {@code odoo.exceptions.UserError: msg}. */
  public String tracebackTail() {
    String shown = pythonName.startsWith("builtins.") ? shortName() : pythonName;
    if (werkzeug) {
      return shown + ": " + httpStatus + " " + reason(httpStatus) + ": " + getMessage();
    }
    return shown + ": " + getMessage();
  }

  /**
   * A plausible Python traceback ending in this exception, as Odoo puts into {@code
   * debug}/faultString.
   */
  public String traceback() {
    String msg = tracebackTail();
    return "Traceback (most recent call last):\n"
        + "  File \"/opt/fake-odoo/odoo/http.py\", line 2275, in _serve_db\n"
        + "    return service_model.retrying(serve_func, env=self.env)\n"
        + "  File \"/opt/fake-odoo/odoo/service/model.py\", line 184, in retrying\n"
        + "    result = func()\n"
        + msg
        + (msg.endsWith("\n") ? "" : "\n");
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Entity";
      default -> "Internal Server Error";
    };
  }
}
