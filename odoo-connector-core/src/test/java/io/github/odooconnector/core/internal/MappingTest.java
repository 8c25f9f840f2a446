package io.github.odooconnector.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.OdooAccessException;
import io.github.odooconnector.core.api.OdooAuthenticationException;
import io.github.odooconnector.core.api.OdooConcurrencyException;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.OdooMissingRecordException;
import io.github.odooconnector.core.api.OdooServerException;
import io.github.odooconnector.core.api.OdooValidationException;
import io.github.odooconnector.core.api.ServerVersion;
import io.github.odooconnector.core.internal.codec.Json;
import io.github.odooconnector.core.internal.codec.WireValues;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Unit tests of the pure mapping functions: JSON-2 keyword mapping, error classification, value
 * encoding.
 */
class MappingTest {

  private final Site site =
      new Site("res.partner", "write", () -> ServerVersion.UNKNOWN, List.of("hunter2"));

  @Test
  void json2MapsPositionalOrmArgumentsToKeywords() {
    assertThat(Json2Args.body("search", List.of(List.of(), 0L, 5L, "id desc"), Map.of(), Map.of()))
        .containsExactly(
            Map.entry("domain", List.of()),
            Map.entry("offset", 0L),
            Map.entry("limit", 5L),
            Map.entry("order", "id desc"));
    assertThat(
            Json2Args.body(
                "read", List.of(List.of(1L, 3L)), Map.of("fields", List.of("name")), Map.of()))
        .containsExactly(Map.entry("ids", List.of(1L, 3L)), Map.entry("fields", List.of("name")));
    assertThat(
            Json2Args.body("write", List.of(List.of(7L), Map.of("name", "x")), Map.of(), Map.of()))
        .containsExactly(Map.entry("ids", List.of(7L)), Map.entry("vals", Map.of("name", "x")));
    assertThat(
            Json2Args.body(
                "create", List.of(List.of(Map.of("name", "x"))), Map.of(), Map.of("lang", "en_US")))
        .containsExactly(
            Map.entry("vals_list", List.of(Map.of("name", "x"))),
            Map.entry("context", Map.of("lang", "en_US")));
    assertThat(Json2Args.body("action_confirm", List.of(List.of(4L)), Map.of(), Map.of()))
        .containsExactly(Map.entry("ids", List.of(4L)));
    assertThat(
            Json2Args.body(
                "name_search", List.of("Deco", List.of(), "ilike", 3L), Map.of(), Map.of()))
        .containsOnlyKeys("name", "domain", "operator", "limit");
  }

  @Test
  void json2RefusesPositionalArgumentsItCannotName() {
    assertThatThrownBy(
            () ->
                Json2Args.body(
                    "button_validate", List.of(List.of(1L), "extra"), Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kwargs");
    assertThatThrownBy(
            () -> Json2Args.body("action_assign", List.of("not ids"), Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ids");
    assertThatThrownBy(
            () ->
                Json2Args.body("search", List.of(List.of()), Map.of("domain", List.of()), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both");
  }

  @Test
  void json2MergesContextFromKwargsOverTheClientContext() {
    Map<String, Object> body =
        Json2Args.body(
            "search_count",
            List.of(List.of()),
            Map.of("context", Map.of("tz", "UTC")),
            Map.of("lang", "en_US", "tz", "Europe/Brussels"));
    assertThat(body.get("context")).isEqualTo(Map.of("lang", "en_US", "tz", "UTC"));
  }

  @Test
  void odooExceptionNamesMapToTypedExceptions() {
    assertThat(OdooErrors.fromName("odoo.exceptions.AccessDenied", "Access Denied", site, 0))
        .isInstanceOf(OdooAuthenticationException.class);
    assertThat(OdooErrors.fromName("odoo.exceptions.AccessError", "no", site, 0))
        .isInstanceOf(OdooAccessException.class);
    assertThat(OdooErrors.fromName("odoo.exceptions.MissingError", "gone", site, 0))
        .isInstanceOf(OdooMissingRecordException.class);
    assertThat(OdooErrors.fromName("odoo.exceptions.UserError", "no", site, 422))
        .isInstanceOf(OdooValidationException.class);
    assertThat(OdooErrors.fromName("odoo.exceptions.ValidationError", "no", site, 422))
        .isInstanceOf(OdooValidationException.class);
    assertThat(
            OdooErrors.fromName(
                "psycopg2.errors.SerializationFailure", "could not serialize", site, 0))
        .isInstanceOf(OdooConcurrencyException.class);
    assertThat(OdooErrors.fromName("psycopg2.extensions.TransactionRollbackError", "x", site, 0))
        .isInstanceOf(OdooConcurrencyException.class);
    assertThat(OdooErrors.fromName("builtins.ValueError", "Invalid field", site, 500))
        .isInstanceOf(OdooServerException.class);
    assertThat(OdooErrors.fromName(null, null, site, 401))
        .isInstanceOf(OdooAuthenticationException.class);
  }

  @Test
  void xmlRpcFaultCodesFollowOdooSemantics() {
    assertThat(
            OdooErrors.fromXmlRpcFault(
                2L, "Record does not exist or has been deleted.\n(Record: x)", site))
        .isInstanceOf(OdooMissingRecordException.class);
    assertThat(OdooErrors.fromXmlRpcFault(2L, "You cannot do that", site))
        .isInstanceOf(OdooValidationException.class);
    assertThat(OdooErrors.fromXmlRpcFault(3L, "Access Denied", site))
        .isInstanceOf(OdooAuthenticationException.class);
    assertThat(OdooErrors.fromXmlRpcFault(4L, "not allowed", site))
        .isInstanceOf(OdooAccessException.class);
    OdooException tb =
        (OdooException)
            OdooErrors.fromXmlRpcFault(
                1L,
                "Traceback (most recent call last):\n"
                    + "  File \"/opt/odoo/odoo/sql_db.py\", line 1, in execute\n"
                    + "    res = self._obj.execute(query)\n"
                    + "          ^^^^^^^^^\n"
                    + "psycopg2.errors.SerializationFailure: could not serialize access due to"
                    + " concurrent update\n",
                site);
    assertThat(tb).isInstanceOf(OdooConcurrencyException.class);
    assertThat(tb.odooExceptionName()).contains("psycopg2.errors.SerializationFailure");
    assertThat(tb.getMessage()).isEqualTo("could not serialize access due to concurrent update");
    assertThat(OdooErrors.fromXmlRpcFault("warning -- UserError\n\nCannot delete", "", site))
        .isInstanceOf(OdooValidationException.class)
        .hasMessage("Cannot delete");
  }

  @Test
  void anExpiredJsonRpcSessionIsAnAuthenticationError() {
    assertThat(
            OdooErrors.fromJsonRpcError(
                Map.of(
                    "code",
                    100,
                    "message",
                    "Odoo Session Expired",
                    "data",
                    Map.of(
                        "name", "odoo.http.SessionExpiredException", "message", "Session expired")),
                site))
        .isInstanceOf(OdooAuthenticationException.class)
        .hasMessage("Session expired");
  }

  @Test
  void binariesTravelAsBase64InJson() {
    byte[] json = new Json(1000).write(WireValues.toWire(Map.of("datas", new byte[] {'h', 'i'})));
    assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo("{\"datas\":\"aGk=\"}");
  }

  @Test
  void secretsAreRedactedFromServerMessages() {
    OdooException e =
        (OdooException)
            OdooErrors.fromName(
                "odoo.exceptions.AccessDenied", "bad password hunter2 for admin", site, 0);
    assertThat(e.getMessage()).doesNotContain("hunter2").contains("***");
  }

  @Test
  void valuesAreEncodedTheWayOdooExpects() {
    Map<String, Object> in = new HashMap<>();
    in.put("when", Instant.parse("2026-11-24T22:28:21.500Z"));
    in.put("day", LocalDate.of(2024, 2, 29));
    in.put("none", null);
    in.put("qty", 3);
    in.put("price", new BigDecimal("10.50"));
    in.put("cmd", List.of(Command.link(4)));
    @SuppressWarnings("unchecked")
    Map<String, Object> out = (Map<String, Object>) WireValues.toWire(in);
    assertThat(out)
        .containsEntry("when", "2026-11-24 22:28:21")
        .containsEntry("day", "2024-02-29")
        .containsEntry("none", false)
        .containsEntry("qty", 3L)
        .containsEntry("price", new BigDecimal("10.50"))
        .containsEntry("cmd", List.of(List.of(4L, 4L, 0L)));
    assertThatThrownBy(() -> WireValues.toWire(Map.of("t", LocalDateTime.now())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value.t");
    assertThatThrownBy(() -> WireValues.toWire(Map.of("o", new Object())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Object");
  }
}
