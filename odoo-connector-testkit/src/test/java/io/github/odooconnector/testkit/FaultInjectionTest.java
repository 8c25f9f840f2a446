package io.github.odooconnector.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fault injection: transport errors, lost responses, serialization failures, delays, scoping. */
class FaultInjectionTest {

  private static long partnerCount(FakeOdoo odoo) {
    return odoo.records("res.partner").size();
  }

  @Test
  void failNextClosesTheConnectionWithoutApplyingAnything() {
    try (FakeOdoo odoo = FakeOdoo.start()) {
      Rpc rpc = new Rpc(odoo, WireProtocol.JSONRPC);
      long before = partnerCount(odoo);
      odoo.faults().failNext(2);
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> rpc.create("res.partner", Map.of("name", "Lost")))
            .hasRootCauseInstanceOf(IOException.class);
      }
      assertThat(partnerCount(odoo)).isEqualTo(before);
      assertThat(odoo.faults().pending()).isZero();
      rpc.create("res.partner", Map.of("name", "Third time lucky"));
      assertThat(partnerCount(odoo)).isEqualTo(before + 1);
    }
  }

  @Test
  void dropResponseNextAppliesTheWriteButTheClientNeverLearnsTheOutcome() {
    try (FakeOdoo odoo = FakeOdoo.builder().version(OdooVersion.V17).start()) {
      Rpc rpc = new Rpc(odoo, WireProtocol.XMLRPC);
      long before = partnerCount(odoo);
      odoo.faults().dropResponseNext(1);
      assertThatThrownBy(
              () -> rpc.create("res.partner", Map.of("name", "Applied but unacknowledged")))
          .hasRootCauseInstanceOf(IOException.class);
      assertThat(partnerCount(odoo)).isEqualTo(before + 1);
      assertThat(odoo.records("res.partner"))
          .anyMatch(r -> "Applied but unacknowledged".equals(r.get("name")));
    }
  }

  @Test
  void serializationFailureHasTheRealShapeInEveryProtocolAndRollsBack() throws Exception {
    try (FakeOdoo odoo = FakeOdoo.start()) {
      long before = partnerCount(odoo);
      odoo.faults().serializationFailureNext(3);
      List<Object> args =
          List.of(
              odoo.database(),
              odoo.adminUid(),
              odoo.adminPassword(),
              "res.partner",
              "create",
              List.of(Map.of("name", "x")));
      JsonNode xml = Wire.xmlRpc(odoo, "object", "execute_kw", args).xml();
      assertThat(xml.get("faultCode").asInt()).isEqualTo(1);
      assertThat(xml.get("faultString").asText())
          .startsWith("Traceback (most recent call last):")
          .contains(
              "psycopg2.errors.SerializationFailure: could not serialize access due to concurrent"
                  + " update");
      JsonNode json = Wire.jsonRpc(odoo, "object", "execute_kw", args).json();
      assertThat(json.at("/error/code").asInt()).isZero();
      assertThat(json.at("/error/data/name").asText())
          .isEqualTo("psycopg2.errors.SerializationFailure");
      Wire.Answer json2 =
          Wire.json2(
              odoo, "res.partner", "create", Map.of("vals_list", List.of(Map.of("name", "x"))));
      assertThat(json2.status()).isEqualTo(500);
      assertThat(json2.json().get("name").asText())
          .isEqualTo("psycopg2.errors.SerializationFailure");
      assertThat(partnerCount(odoo)).isEqualTo(before);
    }
  }

  @Test
  void delayedCallsStillSucceed() {
    try (FakeOdoo odoo = FakeOdoo.start()) {
      odoo.faults().delayNext(1, Duration.ofMillis(50));
      Object count =
          new Rpc(odoo, WireProtocol.JSON2).call("res.partner", "search_count", List.of(List.of()));
      assertThat(((Number) count).longValue()).isPositive();
      assertThat(odoo.faults().pending()).isZero();
    }
  }

  @Test
  void scopedFaultsOnlyHitTheNamedMethodAndHandshakesAreNeverConsumed() throws Exception {
    try (FakeOdoo odoo = FakeOdoo.start()) {
      Rpc rpc = new Rpc(odoo, WireProtocol.JSONRPC);
      odoo.faults().onlyFor("stock.picking", "button_validate").failNext(1);
      assertThat(
              Wire.jsonRpc(
                      odoo,
                      "common",
                      "authenticate",
                      List.of(odoo.database(), odoo.adminLogin(), odoo.adminPassword(), Map.of()))
                  .json()
                  .get("result")
                  .asLong())
          .isEqualTo(2);
      rpc.call("res.partner", "search", List.of(List.of()));
      assertThat(odoo.faults().pending()).isEqualTo(1);
      assertThatThrownBy(() -> rpc.call("stock.picking", "button_validate", List.of(List.of(1))))
          .hasRootCauseInstanceOf(IOException.class);
      assertThat(odoo.faults().pending()).isZero();
      odoo.faults().failNext(5);
      odoo.faults().clear();
      assertThat(odoo.faults().pending()).isZero();
    }
  }

  @Test
  void everyCallIsRecordedWithProtocolModelAndMethod() throws Exception {
    try (FakeOdoo odoo = FakeOdoo.start()) {
      new Rpc(odoo, WireProtocol.XMLRPC).call("res.partner", "search", List.of(List.of()));
      new Rpc(odoo, WireProtocol.JSON2).call("stock.picking", "search_count", List.of(List.of()));
      Wire.jsonRpc(odoo, "common", "version", List.of());
      assertThat(odoo.calls())
          .extracting(
              c ->
                  c.protocol()
                      + " "
                      + c.service()
                      + " "
                      + c.model()
                      + " "
                      + c.method()
                      + " "
                      + c.uid())
          .containsExactly(
              "XMLRPC object res.partner search 2",
              "JSON2 object stock.picking search_count 2",
              "JSONRPC common  version 0");
      odoo.clearCalls();
      assertThat(odoo.calls()).isEmpty();
    }
  }

  @Test
  void invalidFaultPlansAreRejected() {
    try (FakeOdoo odoo = FakeOdoo.start()) {
      assertThatThrownBy(() -> odoo.faults().failNext(0))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> odoo.faults().delayNext(1, Duration.ofMillis(-1)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
