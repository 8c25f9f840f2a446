package io.github.odooconnector.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

  @Test
  void domainsCombineInPrefixNotation() {
    Domain a = Domain.where("state", "=", "assigned");
    Domain b = Domain.where("picking_type_code", "in", List.of("outgoing", "internal"));
    Domain c = Domain.where("priority", "=", "1");
    assertThat(Domain.all().toList()).isEmpty();
    assertThat(a.toList()).containsExactly(List.of("state", "=", "assigned"));
    assertThat(a.and(b).toList())
        .containsExactly(
            "&",
            List.of("state", "=", "assigned"),
            List.of("picking_type_code", "in", List.of("outgoing", "internal")));
    assertThat(Domain.or(a, b, c).toList())
        .containsExactly("|", "|", a.toList().get(0), b.toList().get(0), c.toList().get(0));
    assertThat(Domain.not(a.or(b)).toList())
        .containsExactly("!", "|", a.toList().get(0), b.toList().get(0));
    assertThat(a.and(b).or(c).toList())
        .containsExactly("|", "&", a.toList().get(0), b.toList().get(0), c.toList().get(0));
  }

  @Test
  void theEmptyDomainIsNeutralForAndAndAbsorbingForOr() {
    Domain a = Domain.where("active", "=", true);
    assertThat(Domain.all().and(a)).isEqualTo(a);
    assertThat(Domain.or(a, Domain.all()).isAll()).isTrue();
    assertThatThrownBy(() -> Domain.not(Domain.all())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rawDomainsWithImplicitAndAreMadeExplicitWhenCombined() {
    Domain raw = Domain.of(List.of(List.of("a", "=", 1), List.of("b", "=", 2)));
    Domain c = Domain.where("c", "=", 3);
    assertThat(raw.or(c).toList())
        .containsExactly(
            "|", "&", List.of("a", "=", 1), List.of("b", "=", 2), List.of("c", "=", 3));
  }

  @Test
  void unknownOperatorsAndBlankFieldsAreRejectedWithTheOffendingValue() {
    assertThatThrownBy(() -> Domain.where("state", "==", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'=='")
        .hasMessageContaining("state");
    assertThatThrownBy(() -> Domain.where(" ", "=", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Domain.where("partner_id", "=", null).toList().get(0))
        .isEqualTo(Arrays.asList("partner_id", "=", null));
  }

  @Test
  void commandsUseOdooTriples() {
    assertThat(Command.create(Map.of("name", "x")).toList())
        .containsExactly(0, 0L, Map.of("name", "x"));
    assertThat(Command.update(7, Map.of("quantity", 3)).toList())
        .containsExactly(1, 7L, Map.of("quantity", 3));
    assertThat(Command.delete(7).toList()).containsExactly(2, 7L, 0);
    assertThat(Command.unlink(7).toList()).containsExactly(3, 7L, 0);
    assertThat(Command.link(7).toList()).containsExactly(4, 7L, 0);
    assertThat(Command.clear().toList()).containsExactly(5, 0L, 0);
    assertThat(Command.set(List.of(1L, 2L)).toList()).containsExactly(6, 0L, List.of(1L, 2L));
    assertThatThrownBy(() -> Command.link(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void contextMergesWithTheOtherSideWinning() {
    Context base = Context.builder().lang("en_US").tz("UTC").build();
    Context merged =
        base.merge(
            Context.builder()
                .tz("Europe/Brussels")
                .allowedCompanyIds(List.of(1L, 2L))
                .activeTest(false)
                .put("k", "v")
                .build());
    assertThat(merged.asMap())
        .containsEntry("lang", "en_US")
        .containsEntry("tz", "Europe/Brussels")
        .containsEntry("allowed_company_ids", List.of(1L, 2L))
        .containsEntry("active_test", false)
        .containsEntry("k", "v");
    assertThat(merged.lang()).contains("en_US");
    assertThat(Context.empty().merge(base)).isEqualTo(base);
  }

  @Test
  void searchOptionsValidatePagingAndOrder() {
    SearchOptions o = SearchOptions.limit(10).withOffset(20).withOrder("scheduled_date desc, id");
    assertThat(o.limit()).hasValue(10);
    assertThat(o.offset()).isEqualTo(20);
    assertThat(o.order()).contains("scheduled_date desc, id");
    assertThat(SearchOptions.defaults().limit()).isEmpty();
    assertThatThrownBy(() -> SearchOptions.limit(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SearchOptions.defaults().withOrder("id; drop table"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recordGettersApplyOdooConventions() {
    Map<String, Object> m = new HashMap<>();
    m.put("id", 5L);
    m.put("name", "WH/OUT/00005");
    m.put("partner_id", List.of(9L, "Deco Addict"));
    m.put("user_id", false);
    m.put("move_ids", List.of(1L, 2L));
    m.put("scheduled_date", "2026-11-24 22:28:21");
    m.put("date_deadline", false);
    m.put("date", "2024-02-29");
    m.put("weight", 12.345);
    m.put("qty", 3L);
    m.put("is_locked", true);
    m.put("image", Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}));
    m.put("nullish", null);
    OdooRecord r = OdooRecord.of(m);
    assertThat(r.id()).isEqualTo(5L);
    assertThat(r.string("name")).contains("WH/OUT/00005");
    assertThat(r.many2one("partner_id")).contains(new Many2one(9, "Deco Addict"));
    assertThat(r.many2one("user_id")).isEmpty();
    assertThat(r.ids("move_ids")).containsExactly(1L, 2L);
    assertThat(r.datetime("scheduled_date")).contains(Instant.parse("2026-11-24T22:28:21Z"));
    assertThat(r.datetime("date_deadline")).isEmpty();
    assertThat(r.date("date")).contains(LocalDate.of(2024, 2, 29));
    assertThat(r.decimal("weight")).contains(new BigDecimal("12.345"));
    assertThat(r.integer("qty")).hasValue(3);
    assertThat(r.bool("is_locked")).isTrue();
    assertThat(r.bool("missing")).isFalse();
    assertThat(r.binary("image")).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
    assertThat(r.string("nullish")).isEmpty();
    assertThat(r.string("absent")).isEmpty();
    assertThat(r.raw("user_id")).isEqualTo(false);
  }

  @Test
  void recordGettersNameTheFieldWhenTheShapeIsWrong() {
    OdooRecord r =
        OdooRecord.of(Map.of("id", 1L, "partner_id", "oops", "scheduled_date", "yesterday"));
    assertThatThrownBy(() -> r.many2one("partner_id"))
        .isInstanceOf(OdooProtocolException.class)
        .hasMessageContaining("partner_id");
    assertThatThrownBy(() -> r.datetime("scheduled_date"))
        .isInstanceOf(OdooProtocolException.class)
        .hasMessageContaining("scheduled_date");
    assertThatThrownBy(() -> OdooRecord.of(Map.of("name", "no id")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void serverVersionsParseReleaseSaasAndEnterpriseStrings() {
    assertThat(ServerVersion.parse("17.0-20240709").major()).isEqualTo(17);
    assertThat(ServerVersion.parse("18.0+e-20250520").isAtLeast(18)).isTrue();
    ServerVersion saas = ServerVersion.parse("saas~18.2+e");
    assertThat(saas.major()).isEqualTo(18);
    assertThat(saas.minor()).isEqualTo(2);
    assertThat(ServerVersion.parse("garbage").isKnown()).isFalse();
  }

  @Test
  void builderRejectsIncompleteOrUnsafeConfiguration() {
    assertThatThrownBy(() -> OdooClient.builder().database("d").login("l").password("p").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("url");
    assertThatThrownBy(
            () ->
                OdooClient.builder()
                    .url("http://x")
                    .database("d")
                    .login("l")
                    .password("p")
                    .protocol(Protocol.JSON2)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiKey");
    assertThatThrownBy(() -> OdooClient.builder().url("ftp://x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OdooClient.builder().url("http://user:pw@x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("pw@");
    try (OdooClient ok = OdooClient.builder().url("http://x").apiKey("k").build()) {
      assertThat(ok.context().isEmpty()).isTrue();
    }
  }

  @Test
  void exceptionsCarryCallDetailsAndRetryability() {
    OdooException e =
        new OdooConcurrencyException(
            "boom",
            "stock.quant",
            "write",
            new ServerVersion(19, 0, ""),
            "psycopg2.errors.SerializationFailure",
            null);
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.model()).isEqualTo("stock.quant");
    assertThat(e.method()).isEqualTo("write");
    assertThat(e.serverVersion().major()).isEqualTo(19);
    assertThat(e.odooExceptionName()).contains("psycopg2.errors.SerializationFailure");
    assertThat(new OdooValidationException("x", null, null, null, null, null).odooExceptionName())
        .isEmpty();
    assertThat(new OdooOutcomeUnknownException("x", "m", "w", null, 0, null, null).isRetryable())
        .isFalse();
  }
}
