package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.api.ApiKey;
import io.github.odooconnector.core.api.ApiKeys;
import io.github.odooconnector.core.api.OdooAuthenticationException;
import io.github.odooconnector.core.api.OdooConfigurationException;
import io.github.odooconnector.core.api.OdooValidationException;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.ServerVersion;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The web client's API-key wizard driven through the web session, as the {@code apikey-*} captures
 * show it: {@code res.users.api_key_wizard} answers the identity-check wizard ({@code
 * res.users.identitycheck}) unless the session passed it in the last minutes; 17/18 write the
 * password on it and call {@code run_check}, 19 passes it in {@code context.password}; {@code
 * run_check} then runs the guarded method. {@code res.users.apikeys.description} create + {@code
 * make_key} gives the key in {@code context.default_key}; {@code res.users.apikeys.remove} revokes.
 * Thread-safe (stateless besides the engine).
 */
final class DefaultApiKeys implements ApiKeys {

  private static final String CHECK = "res.users.identitycheck";
  private static final String DESCRIPTION = "res.users.apikeys.description";
  private static final String KEYS = "res.users.apikeys";
  private static final DateTimeFormatter ODOO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Engine engine;

  DefaultApiKeys(Engine engine) {
    this.engine = engine;
  }

  @Override
  public ApiKey create(String description, Duration validFor) {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(validFor, "validFor");
    if (description.isBlank()) {
      throw new IllegalArgumentException("description must not be blank");
    }
    if (validFor.isNegative() || validFor.isZero()) {
      throw new IllegalArgumentException("validFor must be positive, got " + validFor);
    }
    engine.ensureOpen();
    long deadline = System.nanoTime() + engine.config().callTimeout().toNanos();
    ServerVersion version = engine.serverVersion(deadline);
    return engine.run(
        DESCRIPTION,
        "make_key",
        Protocol.JSONRPC,
        false,
        deadline,
        (site, timeout) -> {
          requirePassword(site);
          long uid = engine.webSession().uid(site, timeout);
          Object wizard =
              callKw("res.users", "api_key_wizard", List.of(List.of(uid)), site, timeout);
          wizard = passIdentityCheck(wizard, version, site, timeout);
          if (!DESCRIPTION.equals(resModel(wizard))) {
            throw OdooErrors.protocol(
                "res.users.api_key_wizard answered " + Versions.shape(wizard), site, null);
          }
          Map<String, Object> vals = new LinkedHashMap<>();
          vals.put("name", description);
          if (version.isAtLeast(18)) {
            vals.put(
                "expiration_date",
                LocalDateTime.ofInstant(Instant.now().plus(validFor), ZoneOffset.UTC).format(ODOO));
          }
          Object created = callKw(DESCRIPTION, "create", List.of(vals), site, timeout);
          if (!(created instanceof Number descriptionId)) {
            throw OdooErrors.protocol(
                DESCRIPTION + ".create answered " + Versions.shape(created), site, null);
          }
          Object shown =
              callKw(
                  DESCRIPTION,
                  "make_key",
                  List.of(List.of(descriptionId.longValue())),
                  site,
                  timeout);
          shown = passIdentityCheck(shown, version, site, timeout);
          String key =
              shown instanceof Map<?, ?> action
                      && action.get("context") instanceof Map<?, ?> ctx
                      && ctx.get("default_key") instanceof String k
                  ? k
                  : null;
          if (key == null || key.isBlank()) {
            throw OdooErrors.protocol(
                "make_key answered no key (expected context.default_key)", site, null);
          }
          return stored(uid, description, key, version, site, timeout);
        });
  }

  private ApiKey stored(
      long uid,
      String description,
      String key,
      ServerVersion version,
      Site site,
      Duration timeout) {
    List<String> fields = new ArrayList<>(List.of("name"));
    if (version.isAtLeast(18)) {
      fields.add("expiration_date");
    }
    Map<String, Object> kwargs = new LinkedHashMap<>();
    kwargs.put("fields", fields);
    kwargs.put("order", "id desc");
    kwargs.put("limit", 1);
    Object found =
        callKw(
            KEYS,
            "search_read",
            List.of(List.of(List.of("name", "=", description), List.of("user_id", "=", uid))),
            kwargs,
            site,
            timeout);
    List<Map<String, Object>> rows = Results.maps(found, site);
    if (rows.isEmpty() || !(rows.get(0).get("id") instanceof Number id)) {
      throw OdooErrors.protocol(
          "the new key '" + description + "' is not among the user's keys", site, null);
    }
    Instant expires =
        rows.get(0).get("expiration_date") instanceof String s && !s.isBlank()
            ? LocalDateTime.parse(s, ODOO).toInstant(ZoneOffset.UTC)
            : null;
    return new ApiKey(id.longValue(), description, key, expires);
  }

  @Override
  public void revoke(long apiKeyId) {
    if (apiKeyId <= 0) {
      throw new IllegalArgumentException("apiKeyId must be positive, got " + apiKeyId);
    }
    engine.ensureOpen();
    long deadline = System.nanoTime() + engine.config().callTimeout().toNanos();
    ServerVersion version = engine.serverVersion(deadline);
    engine.run(
        KEYS,
        "remove",
        Protocol.JSONRPC,
        true,
        deadline,
        (site, timeout) -> {
          requirePassword(site);
          Object answer = callKw(KEYS, "remove", List.of(List.of(apiKeyId)), site, timeout);
          return passIdentityCheck(answer, version, site, timeout);
        });
  }

  /**
   * When Odoo answers the identity-check wizard (the session has not confirmed the password in the
   * last minutes), confirms it the way this version's web client does; {@code run_check} answers
   * what the guarded method would have answered.
   */
  private Object passIdentityCheck(
      Object answer, ServerVersion version, Site site, Duration timeout) {
    if (!CHECK.equals(resModel(answer))) {
      return answer;
    }
    if (!(((Map<?, ?>) answer).get("res_id") instanceof Number checkId)) {
      throw OdooErrors.protocol("the identity check wizard has no res_id", site, null);
    }
    List<Object> ids = List.of(List.of(checkId.longValue()));
    String password = engine.credentials().password();
    try {
      if (version.isAtLeast(19)) {
        // 19: the password field is not stored; run_check reads it from the context
        return callKw(
            CHECK,
            "run_check",
            ids,
            Map.of("context", Map.of("password", password)),
            site,
            timeout);
      }
      callKw(CHECK, "write", List.of(ids.get(0), Map.of("password", password)), site, timeout);
      return callKw(CHECK, "run_check", ids, site, timeout);
    } catch (OdooValidationException refused) {
      throw new OdooAuthenticationException(
          "Odoo's identity check refused the password of login '"
              + engine.config().login()
              + "': "
              + refused.getMessage(),
          CHECK,
          "run_check",
          site.serverVersion(),
          refused.odooExceptionName().orElse(null),
          refused);
    }
  }

  private static String resModel(Object action) {
    return action instanceof Map<?, ?> m && m.get("res_model") instanceof String s ? s : "";
  }

  private void requirePassword(Site site) {
    if (!engine.credentials().hasPassword() || engine.config().login() == null) {
      throw new OdooConfigurationException(
          "API keys are created and revoked through Odoo's web wizard, which needs the login's"
              + " password: configure login and password(...)",
          site.model(),
          site.method(),
          site.serverVersion(),
          null,
          null);
    }
  }

  private Object callKw(String model, String method, List<?> args, Site site, Duration timeout) {
    return callKw(model, method, args, Map.of(), site, timeout);
  }

  private Object callKw(
      String model,
      String method,
      List<?> args,
      Map<String, ?> kwargs,
      Site site,
      Duration timeout) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("model", model);
    params.put("method", method);
    params.put("args", args);
    params.put("kwargs", kwargs);
    return engine
        .webSession()
        .call("web/dataset/call_kw/" + model + "/" + method, params, site, timeout);
  }
}
