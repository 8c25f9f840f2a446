package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.internal.codec.Json;
import io.github.odooconnector.core.internal.transport.HttpResult;
import io.github.odooconnector.core.internal.transport.HttpTransport;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The parameter names of a model's public methods, read from Odoo 19's {@code
 * /doc-bearer/<model>.json} (the {@code doc-bearer-model-*} captures: {@code methods.<name>.
 * parameters} in declaration order, {@code kind} {@code KEYWORD_ONLY} / {@code VAR_KEYWORD} for
 * what cannot be passed by position, {@code api: ["model"]} for methods without ids). Cached per
 * model and server version, including "not readable": the route needs the group {@code
 * api_doc.group_allow_doc} (403 otherwise) and answers 404 for an unknown model. Thread-safe.
 */
final class Json2Docs {

  /** A documented method: whether it takes ids, the positional and all parameter names. */
  record MethodDoc(boolean modelMethod, List<String> positional, List<String> all) {}

  /** One model's documentation, or why there is none. */
  record ModelDoc(Map<String, MethodDoc> methods, String unavailable) {
    Optional<MethodDoc> method(String name) {
      return Optional.ofNullable(methods.get(name));
    }
  }

  private final HttpTransport http;
  private final Json json;
  private final URI base;
  private final Map<String, ModelDoc> cache = new ConcurrentHashMap<>();

  Json2Docs(HttpTransport http, Json json, URI base) {
    this.http = http;
    this.json = json;
    this.base = base;
  }

  ModelDoc model(
      String model, String serverVersion, Supplier<Map<String, String>> headers, Duration timeout) {
    return cache.computeIfAbsent(
        model + "@" + serverVersion, k -> fetch(model, headers.get(), timeout));
  }

  private ModelDoc fetch(String model, Map<String, String> headers, Duration timeout) {
    URI uri =
        base.resolve("doc-bearer/" + URLEncoder.encode(model, StandardCharsets.UTF_8) + ".json");
    HttpResult r = http.get(uri, headers, timeout);
    if (r.status() != 200 || !r.isJson()) {
      String why =
          switch (r.status()) {
            case 403 ->
                "the user is not in the group 'Technical Documentation'"
                    + " (api_doc.group_allow_doc), which /doc-bearer requires";
            case 404 -> "Odoo documents no model '" + model + "' (HTTP 404)";
            default -> "/doc-bearer answered HTTP " + r.status();
          };
      return new ModelDoc(Map.of(), why);
    }
    Object doc;
    try {
      doc = json.read(r.body());
    } catch (IOException | RuntimeException e) {
      return new ModelDoc(Map.of(), "/doc-bearer answered malformed JSON");
    }
    Map<String, MethodDoc> methods = new LinkedHashMap<>();
    if (doc instanceof Map<?, ?> d && d.get("methods") instanceof Map<?, ?> ms) {
      ms.forEach(
          (name, m) -> {
            if (m instanceof Map<?, ?> method) {
              methods.put(String.valueOf(name), method(method));
            }
          });
    }
    return new ModelDoc(Collections.unmodifiableMap(methods), null);
  }

  private static MethodDoc method(Map<?, ?> m) {
    boolean modelMethod = m.get("api") instanceof List<?> api && api.contains("model");
    List<String> positional = new ArrayList<>();
    List<String> all = new ArrayList<>();
    if (m.get("parameters") instanceof Map<?, ?> ps) {
      ps.forEach(
          (name, p) -> {
            Object kind = p instanceof Map<?, ?> pm ? pm.get("kind") : null;
            if ("VAR_KEYWORD".equals(kind) || "VAR_POSITIONAL".equals(kind)) {
              return;
            }
            all.add(String.valueOf(name));
            if (!"KEYWORD_ONLY".equals(kind)) {
              positional.add(String.valueOf(name));
            }
          });
    }
    return new MethodDoc(modelMethod, List.copyOf(positional), List.copyOf(all));
  }
}
