package io.github.odooconnector.testkit.internal.server;

import static io.github.odooconnector.testkit.internal.server.HttpIo.HTML;
import static io.github.odooconnector.testkit.internal.server.HttpIo.JSON;
import static io.github.odooconnector.testkit.internal.server.HttpIo.normalize;
import static io.github.odooconnector.testkit.internal.server.HttpIo.notFoundHtml;
import static io.github.odooconnector.testkit.internal.server.HttpIo.send;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.github.odooconnector.testkit.WireProtocol;
import io.github.odooconnector.testkit.internal.FakeConfig;
import io.github.odooconnector.testkit.internal.orm.Database;
import io.github.odooconnector.testkit.internal.orm.OdooError;
import io.github.odooconnector.testkit.internal.orm.Rpc;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The web client's routes: {@code /web/session/*}, the {@code auth_totp} second factor ({@code
 * /web/login/totp}), {@code /web/dataset/call_kw} with a session cookie, {@code /report/pdf},
 * {@code /web/content} and {@code GET /web/version}.
 */
final class WebRoutes {

  private final FakeConfig config;
  private final Database db;
  private final Rpc rpc;
  private final RpcServices services;
  private final WebSessions sessions;
  private final TwoFactor twoFactor;
  private final ObjectMapper mapper = new ObjectMapper();
  private final ApiKeyWizards apiKeys;

  WebRoutes(
      FakeConfig config,
      Database db,
      Rpc rpc,
      RpcServices services,
      WebSessions sessions,
      TwoFactor twoFactor) {
    this.config = config;
    this.db = db;
    this.rpc = rpc;
    this.services = services;
    this.sessions = sessions;
    this.twoFactor = twoFactor;
    this.apiKeys = new ApiKeyWizards(config, db);
  }

  /** Answers the request when the path is one of these routes; false otherwise. */
  boolean handle(HttpExchange ex, String path, byte[] body) throws IOException {
    if ("/web/session/authenticate".equals(path)) {
      sessionAuthenticate(ex, body);
    } else if ("/web/session/destroy".equals(path)) {
      sessions.destroy(ex.getRequestHeaders().getFirst("Cookie"));
      send(ex, 200, JSON, "{\"jsonrpc\": \"2.0\", \"id\": null}");
    } else if ("/web/session/get_session_info".equals(path)) {
      sessionInfo(ex, body);
    } else if ("/web/login/totp".equals(path)) {
      totp(ex, body);
    } else if (path.startsWith("/web/dataset/call_kw/")) {
      callKw(ex, body);
    } else if (path.startsWith("/report/pdf/")) {
      reportPdf(ex, path);
    } else if (path.startsWith("/web/content/")) {
      webContent(ex, path);
    } else if ("/web/version".equals(path) && config.version().major() >= 19) {
      webVersion(ex);
    } else {
      return false;
    }
    return true;
  }

  /**
   * {@code auth_totp}'s {@code /web/login/totp}: without a pending session a redirect to the login
   * page; GET renders the form (with the CSRF token); POST with the right code finalizes the
   * session (new session id) and redirects to the web client ({@code /web} on 17, {@code /odoo}
   * from 18), a wrong code renders the form again with Odoo's message.
   */
  private void totp(HttpExchange ex, byte[] body) throws IOException {
    String cookie = ex.getRequestHeaders().getFirst("Cookie");
    long pre = sessions.pendingUid(cookie);
    if (pre == 0) {
      ex.getResponseHeaders().set("Location", sessions.uid(cookie) != 0 ? home() : "/web/login");
      send(ex, 303, HTML, "<!doctype html><title>Redirecting...</title>");
      return;
    }
    String error = "";
    if ("POST".equalsIgnoreCase(ex.getRequestMethod())) {
      Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
      if (!sessions.csrfToken(cookie).equals(form.get("csrf_token"))) {
        send(ex, 400, HTML, "<p>Session expired (invalid CSRF token)</p>");
        return;
      }
      String login = pre == FakeConfig.ADMIN_UID ? config.adminLogin() : config.demoLogin();
      String code = form.getOrDefault("totp_token", "").replaceAll("\\s", "");
      if (twoFactor.check(login, code)) {
        String sid = sessions.finalizePending(cookie);
        ex.getResponseHeaders().add("Set-Cookie", "session_id=" + sid + "; HttpOnly; Path=/");
        ex.getResponseHeaders().set("Location", home());
        send(ex, 303, HTML, "<!doctype html><title>Redirecting...</title>");
        return;
      }
      error =
          "<p class=\"alert alert-danger\">Verification failed, please double-check the 6-digit"
              + " code</p>";
    }
    send(
        ex,
        200,
        HTML,
        "<!DOCTYPE html><html><body><form method=\"post\" action=\"/web/login/totp\">"
            + "<input type=\"hidden\" name=\"csrf_token\" value=\""
            + sessions.csrfToken(cookie)
            + "\"/>"
            + error
            + "<label for=\"totp_token\">Authentication Code</label>"
            + "<input id=\"totp_token\" name=\"totp_token\" autocomplete=\"one-time-code\"/>"
            + "<input type=\"hidden\" name=\"redirect\" value=\"\"/>"
            + "<button type=\"submit\">Log in</button></form></body></html>");
  }

  /** {@code get_session_info}: the session's user, or {@code SessionExpiredException}. */
  private void sessionInfo(HttpExchange ex, byte[] body) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("jsonrpc", "2.0");
    try {
      out.put("id", envelope(body).get("id"));
    } catch (IOException e) {
      out.put("id", null);
    }
    long uid = sessions.uid(ex.getRequestHeaders().getFirst("Cookie"));
    if (uid == 0) {
      out.put("error", errorObject(OdooError.sessionExpired()));
    } else {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("uid", uid);
      result.put("is_admin", uid == FakeConfig.ADMIN_UID);
      result.put("db", config.database());
      result.put("server_version", config.serverVersion());
      out.put("result", result);
    }
    send(ex, 200, JSON, mapper.writeValueAsString(out));
  }

  private String home() {
    return config.version().major() >= 18 ? "/odoo" : "/web";
  }

  private static Map<String, String> form(String body) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

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
      if (twoFactor.enabled(login)) {
        // auth_totp: the session keeps only pre_uid; the web client continues on /web/login/totp
        String pre = sessions.openPending(uid);
        out.put("result", Collections.singletonMap("uid", null));
        ex.getResponseHeaders().add("Set-Cookie", "session_id=" + pre + "; HttpOnly; Path=/");
        send(ex, 200, JSON, mapper.writeValueAsString(out));
        return;
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
      String sid = WebSessions.sid(ex.getRequestHeaders().getFirst("Cookie"));
      Object result =
          services.objectCall(
              WireProtocol.JSONRPC,
              model,
              method,
              uid,
              () ->
                  ApiKeyWizards.handles(model, method)
                      ? apiKeys.call(sid, uid, model, method, args, kwargs)
                      : rpc.executeKw(uid, model, method, args, kwargs));
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
}
