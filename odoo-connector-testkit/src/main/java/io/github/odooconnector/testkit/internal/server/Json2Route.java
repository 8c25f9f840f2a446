package io.github.odooconnector.testkit.internal.server;

import static io.github.odooconnector.testkit.internal.server.HttpIo.HTML;
import static io.github.odooconnector.testkit.internal.server.HttpIo.JSON;
import static io.github.odooconnector.testkit.internal.server.HttpIo.normalize;
import static io.github.odooconnector.testkit.internal.server.HttpIo.send;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.github.odooconnector.testkit.WireProtocol;
import io.github.odooconnector.testkit.internal.FakeConfig;
import io.github.odooconnector.testkit.internal.orm.Database;
import io.github.odooconnector.testkit.internal.orm.OdooError;
import io.github.odooconnector.testkit.internal.orm.Rpc;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Odoo 19's JSON-2 API: {@code POST /json/2/<model>/<method>} with a bearer API key. */
final class Json2Route {

  private final FakeConfig config;
  private final Database db;
  private final Rpc rpc;
  private final RpcServices services;
  private final ObjectMapper mapper = new ObjectMapper();

  Json2Route(FakeConfig config, Database db, Rpc rpc, RpcServices services) {
    this.config = config;
    this.db = db;
    this.rpc = rpc;
    this.services = services;
  }

  @SuppressWarnings("unchecked")
  void handle(HttpExchange ex, String path, byte[] body) throws IOException {
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

  /**
   * {@code GET /doc-bearer/<model>.json} (19): the method documentation of a model for a bearer key
   * of a user in {@code api_doc.group_allow_doc} (the fake's admin, as in the lab), 403 {@code
   * AccessError} for others, 404 {@code NotFound} for an unknown model (the doc-bearer captures).
   */
  void doc(HttpExchange ex, String path) throws IOException {
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    long uid =
        auth == null || !auth.regionMatches(true, 0, "bearer ", 0, 7)
            ? 0
            : db.uidForApiKey(auth.substring(7).trim());
    if (uid == 0) {
      json2Error(ex, OdooError.http(401, "Invalid apikey"));
      return;
    }
    if (uid != FakeConfig.ADMIN_UID) {
      OdooError denied =
          OdooError.accessError("This page is only accessible to Technical Documentation users.");
      json2Error(ex, denied);
      return;
    }
    String name = path.substring("/doc-bearer/".length());
    Optional<Map<String, Object>> doc =
        name.endsWith(".json")
            ? rpc.documentation(name.substring(0, name.length() - ".json".length()))
            : Optional.empty();
    if (doc.isEmpty()) {
      json2Error(
          ex,
          OdooError.http(
              404,
              "The requested URL was not found on the server. If you entered the URL manually"
                  + " please check your spelling and try again."));
      return;
    }
    send(ex, 200, JSON, mapper.writeValueAsString(doc.get()));
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
}
