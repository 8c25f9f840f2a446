package io.github.odooconnector.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The disposition of a returned line: additive JSON (a line written before it existed reads as
 * restock and writes unchanged), stable names, unknown values refused.
 */
class ReturnDispositionTest {

  private static final Sku SKU = new Sku("E-COM01");

  @Test
  void aReturnLineWrittenBeforeDispositionsExistedReadsAsRestockAndWritesWithoutIt() {
    ReturnLine line =
        CanonicalJson.fromJson(
            "{\"sku\":\"E-COM01\",\"quantity\":{\"value\":1,\"unit\":\"C62\"},"
                + "\"reason\":\"damaged\"}",
            ReturnLine.class);

    assertThat(line.optionalDisposition()).isEmpty();
    assertThat(line.dispositionOrRestock()).isEqualTo(ReturnDisposition.RESTOCK);
    assertThat(CanonicalJson.toJson(line)).doesNotContain("disposition");
  }

  @Test
  void dispositionsHaveStableJsonNamesAndRoundTrip() {
    ReturnLine scrapped =
        ReturnLine.builder()
            .sku(SKU)
            .quantity(Quantity.pieces(2))
            .reason(ReturnReason.DEFECTIVE)
            .disposition(ReturnDisposition.SCRAP)
            .build();

    String json = CanonicalJson.toJson(scrapped);

    assertThat(json).contains("\"disposition\":\"scrap\"");
    assertThat(CanonicalJson.fromJson(json, ReturnLine.class)).isEqualTo(scrapped);
    assertThat(scrapped.toBuilder().build()).isEqualTo(scrapped);
    assertThat(
            List.of(ReturnDisposition.values()).stream()
                .map(d -> CanonicalJson.toJson(d).replace("\"", "")))
        .containsExactly("restock", "quarantine", "scrap");
  }

  @Test
  void theFormerConstructorsLeaveTheDispositionEmpty() {
    ReturnLine former =
        new ReturnLine(null, SKU, Quantity.pieces(1), ReturnReason.OTHER, List.of(), null);

    assertThat(former.disposition()).isNull();
    assertThat(former.dispositionOrRestock()).isEqualTo(ReturnDisposition.RESTOCK);
  }

  @Test
  void anUnknownDispositionIsRefusedRatherThanRestocked() {
    assertThatThrownBy(
            () ->
                CanonicalJson.fromJson(
                    "{\"sku\":\"E-COM01\",\"quantity\":{\"value\":1,\"unit\":\"C62\"},"
                        + "\"reason\":\"damaged\",\"disposition\":\"resell\"}",
                    ReturnLine.class))
        .isInstanceOf(CanonicalModelException.class)
        .hasMessageContaining("resell");
  }
}
