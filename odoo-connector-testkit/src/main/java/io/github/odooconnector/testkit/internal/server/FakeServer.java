package io.github.odooconnector.testkit.internal.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.odooconnector.testkit.FakeOdooException;
import io.github.odooconnector.testkit.WireProtocol;
import io.github.odooconnector.testkit.internal.CallLog;
import io.github.odooconnector.testkit.internal.FakeConfig;
import io.github.odooconnector.testkit.internal.FaultPlan;
import io.github.odooconnector.testkit.internal.orm.Database;
import io.github.odooconnector.testkit.internal.orm.OdooError;
import io.github.odooconnector.testkit.internal.orm.Recordset;
import io.github.odooconnector.testkit.internal.orm.Rpc;
import io.github.odooconnector.testkit.internal.wire.XmlRpc;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The loopback HTTP server: routes, the three wire protocols, call recording and fault injection.
 */
public final class FakeServer implements AutoCloseable {
  private static final int MAX_BODY = 32 * 1024 * 1024;

  private static final String JSON = "application/json; charset=utf-8";

  private static final String HTML = "text/html; charset=utf-8";

  private static final String XML = "text/xml; charset=utf-8";

  static {
    // The JDK server writes the status line/headers and the body separately; without TCP_NODELAY,
    // Nagle's
    // algorithm and the client's delayed ACK add ~40 ms to every call. The JDK reads this once,
    // when its
    // first HttpServer is created in the JVM.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer http;

  private final ExecutorService executor;

  private final AtomicBoolean closed = new AtomicBoolean();

  private final FakeConfig config;

  private final Database db;

  private final Rpc rpc;

  private final ObjectMapper mapper = new ObjectMapper();
  private final RpcServices services;
  private final WebSessions sessions = new WebSessions();

  private FakeServer(
      HttpServer http,
      ExecutorService executor,
      FakeConfig config,
      Database db,
      FaultPlan faults,
      CallLog log) {
    this.http = http;
    this.executor = executor;
    this.config = config;
    this.db = db;
    this.rpc = new Rpc(db);
    this.services = new RpcServices(config, db, rpc, faults, log);
  }

  public static FakeServer start(FakeConfig config, Database db, FaultPlan faults, CallLog log) {
    try {
      HttpServer http =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      ExecutorService executor =
          Executors.newCachedThreadPool(
              r -> {
                Thread t = new Thread(r, "fake-odoo-http");
                t.setDaemon(true);
                return t;
              });
      http.setExecutor(executor);
      FakeServer server = new FakeServer(http, executor, config, db, faults, log);
      http.createContext("/", server::handle);
      http.start();
      return server;
    } catch (IOException e) {
      throw new FakeOdooException("could not start the fake Odoo server on 127.0.0.1", e);
    }
  }

  /** The web sessions opened by {@code /web/session/authenticate}. */
  public WebSessions sessions() {
    return sessions;
  }

  public int port() {
    return http.getAddress().getPort();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      http.stop(0);
      executor.shutdownNow();
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    try {
      byte[] body = readBody(ex.getRequestBody());
      String path = ex.getRequestURI().getPath();
      if (path.startsWith("/json/2/") || "/json/2".equals(path)) {
        if (!config.version().supportsJson2()) {
          notFoundHtml(ex);
        } else {
          json2(ex, path, body);
        }
      } else if ("/jsonrpc".equals(path)) {
        jsonRpc(ex, body);
      } else if ("/web/session/authenticate".equals(path)) {
        sessionAuthenticate(ex, body);
      } else if ("/web/session/destroy".equals(path)) {
        sessions.destroy(ex.getRequestHeaders().getFirst("Cookie"));
        send(ex, 200, JSON, "{\"jsonrpc\": \"2.0\", \"id\": null}");
      } else if (path.startsWith("/web/dataset/call_kw/")) {
        callKw(ex, body);
      } else if (path.startsWith("/report/pdf/")) {
        reportPdf(ex, path);
      } else if (path.startsWith("/web/content/")) {
        webContent(ex, path);
      } else if ("/web/version".equals(path) && config.version().major() >= 19) {
        webVersion(ex);
      } else if ("/web/webclient/version_info".equals(path)) {
        versionInfo(ex, body);
      } else if (path.startsWith("/xmlrpc/")) {
        xmlRpc(ex, path, body);
      } else {
        notFoundHtml(ex);
      }
    } catch (RpcServices.DropConnection e) {
      // close the TCP connection without sending a status line
    } catch (RuntimeException e) {
      send(ex, 500, HTML, "<!doctype html><title>500 Internal Server Error</title>");
    } finally {
      ex.close();
    }
  }

  private static byte[] readBody(InputStream in) throws IOException {
    byte[] b = in.readNBytes(MAX_BODY + 1);
    if (b.length > MAX_BODY) {
      throw new IOException("request body too large");
    }
    return b;
  }

  private static void send(HttpExchange ex, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      ex.getResponseBody().write(bytes);
    }
  }

  private static void notFoundHtml(HttpExchange ex) throws IOException {
    send(
        ex,
        404,
        HTML,
        "<!DOCTYPE html>\n"
            + "<title>404 Not Found</title>\n"
            + "<h1>Not Found</h1>\n"
            + "<p>The requested URL was not found on the server. If you entered the URL manually"
            + " please check your spelling and try again.</p>\n");
  }

  // ------------------------------------------------------------------ XML-RPC

  private void xmlRpc(HttpExchange ex, String path, byte[] body) throws IOException {
    String[] parts = path.split("/");
    boolean legacy = !(parts.length == 4 && "2".equals(parts[2]));
    String service = parts[parts.length - 1];
    XmlRpc.Call call;
    try {
      call = XmlRpc.parse(body);
    } catch (XmlRpc.MalformedException e) {
      OdooError err = OdooError.builtin("ExpatError", e.getMessage());
      String tb = err.traceback().replace("ExpatError:", "xml.parsers.expat.ExpatError:");
      send(ex, 200, XML, XmlRpc.fault(1, tb));
      return;
    }
    try {
      Object result = services.dispatch(WireProtocol.XMLRPC, service, call.method(), call.params());
      if (result instanceof Recordset rs) {
        throw OdooError.builtin(
            "TypeError", "cannot marshal <class 'odoo.api." + rs.model() + "'> objects");
      }
      if (XmlRpc.containsNull(result)) {
        throw OdooError.builtin("TypeError", "cannot marshal None unless allow_none is enabled");
      }
      send(ex, 200, XML, XmlRpc.response(result));
    } catch (OdooError e) {
      send(ex, 200, XML, legacy ? legacyFault(e) : fault(e));
    }
  }

  private static String fault(OdooError e) {
    return XmlRpc.fault(e.faultCode(), e.faultCode() == 1 ? e.traceback() : e.getMessage());
  }

  private static String legacyFault(OdooError e) {
    return switch (e.faultCode()) {
      case 3 -> XmlRpc.fault("AccessDenied", e.getMessage());
      case 2, 4 -> XmlRpc.fault("warning -- " + e.shortName() + "\n\n" + e.getMessage(), "");
      default -> XmlRpc.fault(e.getMessage(), e.traceback());
    };
  }

  // ------------------------------------------------------------------ JSON-RPC

  private void versionInfo(HttpExchange ex, byte[] body) throws IOException {
    Object id = null;
    if (body.length > 0) {
      try {
        if (mapper.readValue(body, Object.class) instanceof Map<?, ?> m) {
          id = normalize(m.get("id"));
        }
      } catch (IOException e) {
        send(ex, 400, HTML, "Invalid JSON data");
        return;
      }
    }
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("jsonrpc", "2.0");
    env.put("id", id);
    env.put("result", services.versionMap());
    send(ex, 200, JSON, mapper.writeValueAsString(env));
  }

  // ------------------------------------------------------------------ web session, reports, files

  private Map<String, Object> envelope(byte[] body) throws IOException {
    Object parsed = normalize(mapper.readValue(body, Object.class));
    if (!(parsed instanceof Map<?, ?> m)) {
      throw new IOException("not an object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> env = (Map<String, Object>) m;
    return env;
  }

  private void sessionAuthenticate(HttpExchange ex, byte[] body) throws IOException {
    Map<String, Object> env;
    try {
      env = envelope(body);
    } catch (IOException e) {
      send(ex, 400, HTML, "Invalid JSON data");
      return;
    }
    Map<?, ?> params = env.get("params") instanceof Map<?, ?> p ? p : Map.of();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("jsonrpc", "2.0");
    out.put("id", env.get("id"));
    try {
      if (!config.database().equals(String.valueOf(params.get("db")))) {
        throw OdooError.unknownDatabase(String.valueOf(params.get("db")));
      }
      // the web login takes the password only: API keys are for RPC
      String login = String.valueOf(params.get("login"));
      String password = String.valueOf(params.get("password"));
      long uid = 0;
      if (config.adminLogin().equals(login) && config.adminPassword().equals(password)) {
        uid = FakeConfig.ADMIN_UID;
      } else if (config.demoLogin().equals(login) && config.demoPassword().equals(password)) {
        uid = config.demoUid();
      }
      if (uid == 0) {
        throw OdooError.accessDenied();
      }
      String sid = sessions.open(uid);
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("uid", uid);
      result.put("is_admin", uid == FakeConfig.ADMIN_UID);
      result.put("db", config.database());
      result.put("server_version", config.serverVersion());
      out.put("result", result);
      ex.getResponseHeaders().add("Set-Cookie", "session_id=" + sid + "; HttpOnly; Path=/");
    } catch (OdooError e) {
      out.put("error", errorObject(e));
    }
    send(ex, 200, JSON, mapper.writeValueAsString(out));
  }

  private Map<String, Object> errorObject(OdooError e) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("name", e.pythonName());
    data.put("debug", e.traceback());
    data.put("message", e.getMessage());
    data.put("arguments", List.of(e.getMessage()));
    data.put("context", Map.of());
    Map<String, Object> err = new LinkedHashMap<>();
    boolean expired = e.faultCode() == 100;
    err.put("code", expired ? 100 : config.version().major() >= 19 ? 0 : 200);
    err.put("message", expired ? "Odoo Session Expired" : "Odoo Server Error");
    err.put("data", data);
    return err;
  }

  @SuppressWarnings("unchecked")
  private void callKw(HttpExchange ex, byte[] body) throws IOException {
    Map<String, Object> env;
    try {
      env = envelope(body);
    } catch (IOException e) {
      send(ex, 400, HTML, "Invalid JSON data");
      return;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("jsonrpc", "2.0");
    out.put("id", env.get("id"));
    try {
      long uid = sessions.uid(ex.getRequestHeaders().getFirst("Cookie"));
      if (uid == 0) {
        throw OdooError.sessionExpired();
      }
      Map<String, Object> params =
          env.get("params") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
      String model = String.valueOf(params.get("model"));
      String method = String.valueOf(params.get("method"));
      List<Object> args = params.get("args") instanceof List<?> l ? (List<Object>) l : List.of();
      Map<String, Object> kwargs =
          params.get("kwargs") instanceof Map<?, ?> k ? (Map<String, Object>) k : Map.of();
      Object result =
          services.objectCall(
              WireProtocol.JSONRPC,
              model,
              method,
              uid,
              () -> rpc.executeKw(uid, model, method, args, kwargs));
      if (result != null) {
        out.put("result", result);
      }
    } catch (OdooError e) {
      out.put("error", errorObject(e));
    }
    send(ex, 200, JSON, mapper.writeValueAsString(out));
  }

  private static final Map<String, String> REPORT_MODELS =
      Map.of(
          "stock.report_deliveryslip", "stock.picking",
          "stock.report_picking", "stock.picking",
          "sale.report_saleorder", "sale.order",
          "purchase.report_purchaseorder", "purchase.order");

  private void reportPdf(HttpExchange ex, String path) throws IOException {
    long uid = sessions.uid(ex.getRequestHeaders().getFirst("Cookie"));
    if (uid == 0) {
      // an auth='user' route: Odoo redirects to its login page (a bearer key is ignored here)
      ex.getResponseHeaders()
          .set(
              "Location",
              "/web/login?redirect=" + URLEncoder.encode(path + "?", StandardCharsets.UTF_8));
      send(ex, 303, HTML, "<!doctype html><title>Redirecting...</title>");
      return;
    }
    String[] parts = path.substring("/report/pdf/".length()).split("/");
    String model = parts.length == 2 ? REPORT_MODELS.get(parts[0]) : null;
    if (model == null) {
      send(ex, 500, HTML, "<!doctype html><title>500</title><p>ValueError: report not found</p>");
      return;
    }
    List<String> lines = new ArrayList<>();
    for (String id : parts[1].split(",")) {
      Optional<Map<String, Object>> rec;
      try {
        rec = db.snapshot(model, Long.parseLong(id));
      } catch (NumberFormatException e) {
        rec = Optional.empty();
      }
      if (rec.isEmpty()) {
        send(
            ex,
            500,
            HTML,
            "<!doctype html><title>500</title><p>MissingError: record " + id + "</p>");
        return;
      }
      lines.add(String.valueOf(rec.get().getOrDefault("name", rec.get().get("display_name"))));
    }
    byte[] pdf = ReportRenderer.pdf(parts[0], lines);
    ex.getResponseHeaders().set("Content-Type", "application/pdf");
    ex.sendResponseHeaders(200, pdf.length);
    ex.getResponseBody().write(pdf);
  }

  private void webContent(HttpExchange ex, String path) throws IOException {
    long uid = sessions.uid(ex.getRequestHeaders().getFirst("Cookie"));
    long id;
    try {
      id = Long.parseLong(path.substring("/web/content/".length()));
    } catch (NumberFormatException e) {
      id = 0;
    }
    Optional<Map<String, Object>> att =
        uid == 0 || id <= 0 ? Optional.empty() : db.snapshot("ir.attachment", id);
    if (att.isEmpty()) {
      notFoundHtml(ex); // no session, a bearer key (19) or no such attachment: 404, as captured
      return;
    }
    Object datas = att.get().get("datas");
    byte[] bytes = datas instanceof String b64 ? Base64.getDecoder().decode(b64) : new byte[0];
    ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
    ex.getResponseHeaders()
        .set("Content-Disposition", "attachment; filename=" + att.get().get("name"));
    ex.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      ex.getResponseBody().write(bytes);
    }
  }

  /** {@code GET /web/version} (Odoo 19+; POST is refused by the CSRF check, as captured). */
  private void webVersion(HttpExchange ex) throws IOException {
    if (!"GET".equalsIgnoreCase(ex.getRequestMethod())) {
      send(
          ex,
          400,
          HTML,
          "<!doctype html>\n<html lang=en>\n<title>400 Bad Request</title>\n<h1>Bad Request</h1>\n"
              + "<p>Session expired (invalid CSRF token)</p>\n");
      return;
    }
    Map<String, Object> v = services.versionMap();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("version_info", v.get("server_version_info"));
    body.put("version", v.get("server_version"));
    send(ex, 200, JSON, mapper.writeValueAsString(body));
  }

  @SuppressWarnings("unchecked")
  private void jsonRpc(HttpExchange ex, byte[] body) throws IOException {
    Object parsed;
    try {
      parsed = normalize(mapper.readValue(body, Object.class));
    } catch (IOException e) {
      send(ex, 400, HTML, "Invalid JSON data");
      return;
    }
    if (!(parsed instanceof Map<?, ?> envelope)) {
      send(ex, 400, HTML, "Invalid JSON data");
      return;
    }
    Object id = envelope.get("id");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("jsonrpc", "2.0");
    out.put("id", id);
    try {
      Object params = envelope.get("params");
      if (!(params instanceof Map<?, ?> p)
          || !(p.get("service") instanceof String service)
          || !(p.get("method") instanceof String method)
          || !(p.get("args") instanceof List<?> args)) {
        throw OdooError.builtin(
            "TypeError",
            (config.version().major() >= 19 ? "JSONRPC" : "RPC")
                + ".jsonrpc() missing 3 required positional arguments: 'service', 'method', and"
                + " 'args'");
      }
      Object result = services.dispatch(WireProtocol.JSONRPC, service, method, (List<Object>) args);
      if (result != null) {
        out.put("result", result);
      }
    } catch (OdooError e) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("name", e.pythonName());
      data.put("debug", e.traceback());
      data.put("message", e.getMessage());
      data.put("arguments", List.of(e.getMessage()));
      data.put("context", Map.of());
      Map<String, Object> err = new LinkedHashMap<>();
      err.put("code", config.version().major() >= 19 ? 0 : 200);
      err.put("message", "Odoo Server Error");
      err.put("data", data);
      out.put("error", err);
    }
    send(ex, 200, JSON, mapper.writeValueAsString(out));
  }

  // ------------------------------------------------------------------ JSON-2

  @SuppressWarnings("unchecked")
  private void json2(HttpExchange ex, String path, byte[] body) throws IOException {
    String[] parts = path.substring("/json/2/".length()).split("/");
    if (!"POST".equalsIgnoreCase(ex.getRequestMethod())
        || parts.length != 2
        || parts[0].isEmpty()
        || parts[1].isEmpty()) {
      json2Error(ex, OdooError.http(404, "Did you mean POST /json/2/<model>/<method>?"));
      return;
    }
    String contentType =
        Optional.ofNullable(ex.getRequestHeaders().getFirst("Content-Type")).orElse("");
    if (body.length > 0 && !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      ex.getResponseHeaders().set("Accept", "application/json");
      send(
          ex,
          415,
          HTML,
          "<!doctype html>\n"
              + "<html lang=en>\n"
              + "<title>415 Unsupported Media Type</title>\n"
              + "<h1>Unsupported Media Type</h1>\n"
              + "<p>Please verify the Content-Type request header.</p>\n");
      return;
    }
    String dbHeader = ex.getRequestHeaders().getFirst("X-Odoo-Database");
    if (dbHeader != null && !config.database().equals(dbHeader)) {
      send(
          ex,
          404,
          HTML,
          "<!DOCTYPE html>\n"
              + "<title>404 Not Found</title>\n"
              + "<h1>Not Found</h1>\n"
              + "<p>No database is selected and the requested URL was not found in the server-wide"
              + " controllers.</p>\n");
      return;
    }
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    if (auth == null || !auth.regionMatches(true, 0, "bearer ", 0, 7)) {
      json2Error(
          ex,
          OdooError.http(
              401, "User not authenticated, use an API Key with a Bearer Authorization header."));
      return;
    }
    long uid = db.uidForApiKey(auth.substring(7).trim());
    if (uid == 0) {
      json2Error(ex, OdooError.http(401, "Invalid apikey"));
      return;
    }
    Map<String, Object> args;
    if (body.length == 0) {
      args = Map.of();
    } else {
      try {
        Object parsed = normalize(mapper.readValue(body, Object.class));
        args = parsed instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
      } catch (JsonProcessingException e) {
        long col = e.getLocation() == null ? 1 : e.getLocation().getColumnNr();
        json2Error(
            ex,
            OdooError.http(
                400,
                "could not parse the body as json: Expecting value: line 1 column "
                    + col
                    + " (char "
                    + (col - 1)
                    + ")"));
        return;
      }
    }
    String model = parts[0];
    String method = parts[1];
    try {
      Object result =
          services.objectCall(
              WireProtocol.JSON2,
              model,
              method,
              uid,
              () -> rpc.executeJson2(uid, model, method, args));
      send(ex, 200, JSON, mapper.writeValueAsString(result));
    } catch (OdooError e) {
      json2Error(ex, e);
    }
  }

  private void json2Error(HttpExchange ex, OdooError e) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", e.pythonName());
    body.put("message", e.getMessage());
    List<Object> arguments = new ArrayList<>();
    arguments.add(e.getMessage());
    if (e.werkzeug()) {
      arguments.add(e.httpStatus());
    }
    body.put("arguments", arguments);
    body.put("context", Map.of());
    body.put("debug", e.traceback());
    if (e.httpStatus() == 401) {
      ex.getResponseHeaders().set("WWW-Authenticate", "Bearer ");
    }
    send(ex, e.httpStatus(), JSON, mapper.writeValueAsString(body));
  }

  /** Jackson gives Integer/BigInteger/BigDecimal; the ORM works with Long and Double. */
  private static Object normalize(Object o) {
    if (o instanceof Integer i) {
      return i.longValue();
    }
    if (o instanceof BigInteger b) {
      return b.longValue();
    }
    if (o instanceof BigDecimal d) {
      return d.doubleValue();
    }
    if (o instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), normalize(v)));
      return out;
    }
    if (o instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object x : l) {
        out.add(normalize(x));
      }
      return out;
    }
    return o;
  }
}
