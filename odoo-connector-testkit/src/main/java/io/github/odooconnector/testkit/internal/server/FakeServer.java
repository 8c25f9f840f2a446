package io.github.odooconnector.testkit.internal.server;

import static io.github.odooconnector.testkit.internal.server.HttpIo.HTML;
import static io.github.odooconnector.testkit.internal.server.HttpIo.JSON;
import static io.github.odooconnector.testkit.internal.server.HttpIo.XML;
import static io.github.odooconnector.testkit.internal.server.HttpIo.normalize;
import static io.github.odooconnector.testkit.internal.server.HttpIo.notFoundHtml;
import static io.github.odooconnector.testkit.internal.server.HttpIo.send;

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
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The loopback HTTP server: routes, the three wire protocols, call recording and fault injection.
 */
public final class FakeServer implements AutoCloseable {
  private static final int MAX_BODY = 32 * 1024 * 1024;

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
  private final TwoFactor twoFactor;
  private final WebRoutes web;
  private final Json2Route json2;

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
    this.twoFactor = new TwoFactor(config.clock());
    this.web = new WebRoutes(config, db, rpc, services, sessions, twoFactor);
    this.json2 = new Json2Route(config, db, rpc, services);
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

  /** Odoo's {@code auth_totp} second factor for web logins. */
  public TwoFactor twoFactor() {
    return twoFactor;
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
          json2.handle(ex, path, body);
        }
      } else if (path.startsWith("/doc-bearer/") && config.version().supportsJson2()) {
        json2.doc(ex, path);
      } else if ("/jsonrpc".equals(path)) {
        jsonRpc(ex, body);
      } else if (web.handle(ex, path, body)) {
        // answered by the web client routes
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
}
