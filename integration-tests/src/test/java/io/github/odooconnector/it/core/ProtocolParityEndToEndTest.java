package io.github.odooconnector.it.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooAccessException;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooClientBuilder;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.OdooMissingRecordException;
import io.github.odooconnector.core.api.OdooProtocolException;
import io.github.odooconnector.core.api.OdooUnknownDatabaseException;
import io.github.odooconnector.core.api.OdooUnknownModelException;
import io.github.odooconnector.core.api.OdooValidationException;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same call gives the same result, and the same mistake the same exception, whichever protocol
 * the client speaks: checked end to end against the fake Odoo, which answers like real Odoo 17, 18
 * and 19 (see the testkit's ConformanceTest).
 */
class ProtocolParityEndToEndTest {

  static Stream<Arguments> targets() {
    List<Arguments> out = new ArrayList<>();
    for (OdooVersion v : OdooVersion.values()) {
      out.add(Arguments.of(v, Protocol.XMLRPC));
      out.add(Arguments.of(v, Protocol.JSONRPC));
      if (v.supportsJson2()) {
        out.add(Arguments.of(v, Protocol.JSON2));
      }
    }
    return out.stream();
  }

  private static OdooClientBuilder client(FakeOdoo odoo, Protocol p) {
    OdooClientBuilder b =
        OdooClient.builder()
            .url(odoo.url())
            .database(odoo.database())
            .login(odoo.adminLogin())
            .protocol(p)
            .retry(RetrySettings.none())
            .requestTimeout(Duration.ofSeconds(5));
    return p == Protocol.JSON2 ? b.apiKey(odoo.adminApiKey()) : b.password(odoo.adminPassword());
  }

  /** A 1x1 PNG. */
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAA"
                  + "AABJRU5ErkJggg==");

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("targets")
  void binaryFieldsAreWrittenAndReadBackAsBase64OnEveryProtocol(OdooVersion v, Protocol p) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start();
        OdooClient client = client(odoo, p).build()) {
      long partner = client.create("res.partner", Map.of("name", "With Logo", "image_1920", PNG));
      assertThat(client.write("res.partner", List.of(partner), Map.of("image_1920", PNG))).isTrue();
      long attachment = client.create("ir.attachment", Map.of("name", "label.png", "datas", PNG));
      assertThat(
              client
                  .read("res.partner", List.of(partner), List.of("image_1920"))
                  .get(0)
                  .binary("image_1920"))
          .hasValue(PNG);
      assertThat(
              client
                  .read("ir.attachment", List.of(attachment), List.of("datas", "file_size"))
                  .get(0)
                  .asMap())
          .containsEntry("datas", Base64.getEncoder().encodeToString(PNG))
          .containsEntry("file_size", (long) PNG.length);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("targets")
  void aControlCharacterTravelsOverJsonButIsATypedErrorOverXmlRpc(OdooVersion v, Protocol p) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start();
        OdooClient client = client(odoo, p).build()) {
      long partner = client.create("res.partner", Map.of("name", "Scanner"));
      Map<String, Object> gs1 = Map.of("ref", "0101234\u001d10LOT");
      if (p == Protocol.XMLRPC) {
        assertThatThrownBy(() -> client.write("res.partner", List.of(partner), gs1))
            .isInstanceOf(OdooProtocolException.class)
            .hasMessageContaining("args[1].ref")
            .hasMessageContaining("U+001D");
        assertThat(odoo.record("res.partner", partner).orElseThrow().get("ref")).isEqualTo(false);
      } else {
        client.write("res.partner", List.of(partner), gs1);
        assertThat(client.read("res.partner", List.of(partner), List.of("ref")).get(0).asMap())
            .containsEntry("ref", "0101234\u001d10LOT");
      }
    }
  }

  @Test
  void xmlRpcAnswersLoseControlCharactersAsRealOdooStripsThem() {
    try (FakeOdoo odoo = FakeOdoo.start();
        OdooClient json = client(odoo, Protocol.JSONRPC).build();
        OdooClient xml = client(odoo, Protocol.XMLRPC).build()) {
      long partner = json.create("res.partner", Map.of("name", "Bell", "ref", "bell\u0007x"));
      assertThat(xml.read("res.partner", List.of(partner), List.of("ref")).get(0).asMap())
          .containsEntry("ref", "bellx");
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("targets")
  void anUnknownModelIsTheSameExceptionOnEveryProtocol(OdooVersion v, Protocol p) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start();
        OdooClient client = client(odoo, p).build()) {
      assertThatThrownBy(
              () ->
                  client.searchRead(
                      "x_no_such.model", Domain.all(), List.of("id"), SearchOptions.defaults()))
          .isExactlyInstanceOf(OdooUnknownModelException.class)
          .hasMessageStartingWith("model 'x_no_such.model' does not exist")
          .satisfies(e -> assertThat(((OdooException) e).isRetryable()).isFalse());
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("targets")
  void anUnknownDatabaseIsTheSameExceptionOnEveryProtocol(OdooVersion v, Protocol p) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start();
        OdooClient client = client(odoo, p).database("no_such_db").build()) {
      assertThatThrownBy(() -> client.searchCount("res.partner", Domain.all()))
          .isInstanceOfSatisfying(
              OdooUnknownDatabaseException.class,
              e -> {
                assertThat(e.database()).isEqualTo("no_such_db");
                assertThat(e).hasMessageStartingWith("database 'no_such_db' does not exist");
                assertThat(e.isRetryable()).isFalse();
              });
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("targets")
  void unlinkOfARecordThatNoLongerExistsIsAMissingRecord(OdooVersion v, Protocol p) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start();
        OdooClient client = client(odoo, p).build()) {
      long partner = client.create("res.partner", Map.of("name", "Short-lived"));
      assertThat(client.unlink("res.partner", List.of(partner))).isTrue();
      assertThatThrownBy(() -> client.unlink("res.partner", List.of(partner)))
          .isInstanceOf(OdooMissingRecordException.class)
          .satisfies(
              e ->
                  assertThat(((OdooException) e).odooExceptionName())
                      .contains("odoo.exceptions.MissingError"));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("targets")
  void callingAPrivateMethodIsAnAccessErrorOnEveryVersion(OdooVersion v, Protocol p) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start();
        OdooClient client = client(odoo, p).build()) {
      long partner = client.create("res.partner", Map.of("name", "Private"));
      assertThatThrownBy(
              () ->
                  client.call(
                      "res.partner", "_compute_display_name", List.of(List.of(partner)), Map.of()))
          .isInstanceOf(OdooAccessException.class)
          .hasMessageContaining("_compute_display_name")
          .satisfies(
              e ->
                  assertThat(((OdooException) e).odooExceptionName())
                      .contains("odoo.exceptions.AccessError"));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("targets")
  void aUserErrorNamesItsOdooExceptionOnEveryProtocol(OdooVersion v, Protocol p) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start();
        OdooClient client = client(odoo, p).build()) {
      // a confirmed sales order cannot be deleted: UserError (XML-RPC fault code 2)
      assertThatThrownBy(() -> client.unlink("sale.order", List.of(odoo.ref("sale.sale_order_2"))))
          .isInstanceOf(OdooValidationException.class)
          .satisfies(
              e ->
                  assertThat(((OdooException) e).odooExceptionName())
                      .contains("odoo.exceptions.UserError"));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("targets")
  void pricesAndQuantitiesAreRoundedToTheirDigitsOnEveryProtocol(OdooVersion v, Protocol p) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start();
        OdooClient client = client(odoo, p).build()) {
      long order =
          client.create(
              "sale.order",
              Map.of(
                  "partner_id",
                  odoo.ref("base.partner_azure"),
                  "order_line",
                  List.of(
                      List.of(
                          0,
                          0,
                          Map.of(
                              "product_id",
                              odoo.ref("product.product_desk"),
                              "product_uom_qty",
                              1.23456,
                              "price_unit",
                              12.345,
                              "discount",
                              12.3456)))));
      var line =
          client
              .searchRead(
                  "sale.order.line",
                  Domain.where("order_id", "=", order),
                  List.of("price_unit", "product_uom_qty", "discount", "price_subtotal"),
                  SearchOptions.defaults())
              .get(0)
              .asMap();
      assertThat(line)
          .containsEntry("price_unit", 12.35)
          .containsEntry("product_uom_qty", 1.23)
          .containsEntry("discount", 12.35)
          .containsEntry("price_subtotal", 13.31);
    }
  }
}
