package io.github.odooconnector.it.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooMissingRecordException;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.core.api.externalid.ExternalId;
import io.github.odooconnector.core.api.externalid.ExternalIdConflictException;
import io.github.odooconnector.core.api.externalid.ExternalIdNamespace;
import io.github.odooconnector.core.api.externalid.ExternalIdNotFoundException;
import io.github.odooconnector.core.api.externalid.ExternalIds;
import io.github.odooconnector.core.api.externalid.ExternalRecord;
import io.github.odooconnector.core.api.externalid.UpsertResult;
import io.github.odooconnector.core.api.typed.Values;
import io.github.odooconnector.it.models.fake.ProductProduct;
import io.github.odooconnector.it.models.fake.ResPartner;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code odoo.externalIds()} against FakeOdoo's {@code ir.model.data} on 17, 18 and 19. */
class ExternalIdsOnFakeOdooTest {

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void externalIdsResolveToRecordsAndBackInBatches(OdooVersion v) {
    try (FakeOdoo fake = FakeOdoo.builder().version(v).start();
        OdooClient odoo = Fakes.admin(fake)) {
      ExternalIds xmlIds = odoo.externalIds();
      long desk = fake.ref("product.product_desk");
      long chair = fake.ref("product.product_chair");

      Map<String, ExternalRecord> found =
          xmlIds.findAll(
              List.of(
                  "stock.warehouse0",
                  "product.product_desk",
                  "product.product_chair",
                  "acme.nope"));

      assertThat(xmlIds.find("stock.warehouse0"))
          .contains(
              new ExternalRecord(
                  ExternalId.parse("stock.warehouse0"),
                  "stock.warehouse",
                  fake.ref("stock.warehouse0")));
      assertThat(found)
          .containsOnlyKeys("stock.warehouse0", "product.product_desk", "product.product_chair");
      assertThat(found.get("product.product_desk").id()).isEqualTo(desk);
      assertThat(xmlIds.require("product.product", "product.product_chair")).isEqualTo(chair);
      assertThat(xmlIds.externalIdsOf("product.product", List.of(desk, chair, 999_999L)))
          .containsOnlyKeys(desk, chair)
          .containsEntry(desk, List.of(ExternalId.parse("product.product_desk")));
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void requireNamesAMissingOrForeignExternalId(OdooVersion v) {
    try (FakeOdoo fake = FakeOdoo.builder().version(v).start();
        OdooClient odoo = Fakes.admin(fake)) {
      ExternalIds xmlIds = odoo.externalIds();

      assertThat(xmlIds.find("stock.no_such_xmlid")).isEmpty();
      assertThatThrownBy(() -> xmlIds.require("stock.warehouse", "stock.no_such_xmlid"))
          .isInstanceOf(ExternalIdNotFoundException.class)
          .hasMessageContaining("stock.no_such_xmlid");
      assertThatThrownBy(() -> xmlIds.require("res.partner", "stock.warehouse0"))
          .isInstanceOf(ExternalIdNotFoundException.class)
          .hasMessageContaining("points to stock.warehouse");
      assertThatThrownBy(() -> xmlIds.find("no-dot"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("module.name");
      assertThatThrownBy(() -> xmlIds.namespace("Acme Sync"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void upsertCreatesOnceThenUpdatesTheSameRecord(OdooVersion v) {
    try (FakeOdoo fake = FakeOdoo.builder().version(v).start();
        OdooClient odoo = Fakes.admin(fake)) {
      ExternalIdNamespace acme = odoo.externalIds().namespace("acme_sync");

      UpsertResult first =
          acme.upsert("partner_C1042", "res.partner", Map.of("name", "Bolt & Nut BV"));
      UpsertResult second =
          acme.upsert(
              "partner_C1042",
              ResPartner.MODEL,
              Values.of(ResPartner.MODEL)
                  .set(ResPartner.NAME, "Bolt & Nut B.V.")
                  .set(ResPartner.CITY, "Utrecht"));

      assertThat(first.created()).isTrue();
      assertThat(second.created()).isFalse();
      assertThat(second.id()).isEqualTo(first.id());
      ResPartner p = odoo.model(ResPartner.MODEL).require(first.id());
      assertThat(p.name()).isEqualTo("Bolt & Nut B.V.");
      assertThat(p.city()).isEqualTo("Utrecht");
      assertThat(entries(odoo, "acme_sync", "partner_C1042")).hasSize(1);
      assertThat(acme.find("partner_C1042").map(ExternalRecord::id)).contains(first.id());
      assertThat(odoo.externalIds().externalIdsOf("res.partner", List.of(first.id())))
          .containsEntry(first.id(), List.of(new ExternalId("acme_sync", "partner_C1042")));
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void anExternalIdOfAnotherModelIsAConflictAndChangesNothing(OdooVersion v) {
    try (FakeOdoo fake = FakeOdoo.builder().version(v).start();
        OdooClient odoo = Fakes.admin(fake)) {
      ExternalIdNamespace acme = odoo.externalIds().namespace("acme_sync");
      long partner = acme.upsert("item_1", "res.partner", Map.of("name", "Not a product")).id();
      long products = odoo.searchCount("product.product", Domain.all());

      assertThatThrownBy(
              () ->
                  acme.upsert(
                      "item_1",
                      ProductProduct.MODEL,
                      Values.of(ProductProduct.MODEL).set(ProductProduct.NAME, "Widget")))
          .isInstanceOf(ExternalIdConflictException.class)
          .hasMessageContaining("acme_sync.item_1 points to a res.partner record");
      assertThat(odoo.searchCount("product.product", Domain.all())).isEqualTo(products);
      assertThat(odoo.model(ResPartner.MODEL).require(partner).name()).isEqualTo("Not a product");
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void anExternalIdWhoseRecordWasDeletedGetsANewRecord(OdooVersion v) {
    try (FakeOdoo fake = FakeOdoo.builder().version(v).start();
        OdooClient odoo = Fakes.admin(fake)) {
      ExternalIdNamespace acme = odoo.externalIds().namespace("acme_sync");
      long old = acme.upsert("partner_9", "res.partner", Map.of("name", "First")).id();
      odoo.unlink("res.partner", List.of(old)); // the fake keeps ir.model.data, like a SQL delete

      UpsertResult again = acme.upsert("partner_9", "res.partner", Map.of("name", "Second"));

      assertThat(again.created()).isTrue();
      assertThat(again.id()).isNotEqualTo(old);
      assertThat(acme.find("partner_9").map(ExternalRecord::id)).contains(again.id());
      assertThat(entries(odoo, "acme_sync", "partner_9")).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void aFailedCreateLeavesNeitherARecordNorAKeyBehind(OdooVersion v) {
    try (FakeOdoo fake = FakeOdoo.builder().version(v).start();
        OdooClient odoo = Fakes.admin(fake)) {
      ExternalIdNamespace acme = odoo.externalIds().namespace("acme_sync");
      long partners = odoo.searchCount("res.partner", Domain.all());

      assertThatThrownBy(
              () -> acme.upsert("partner_bad", "res.partner", Map.of("name", "X", "nmae", "typo")))
          .hasMessageContaining("nmae");
      assertThat(entries(odoo, "acme_sync", "partner_bad")).isEmpty();
      assertThat(odoo.searchCount("res.partner", Domain.all())).isEqualTo(partners);
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void aValueReferencingADeletedRecordFailsWithoutCreatingADuplicate(OdooVersion v) {
    try (FakeOdoo fake = FakeOdoo.builder().version(v).start();
        OdooClient odoo = Fakes.admin(fake)) {
      ExternalIdNamespace acme = odoo.externalIds().namespace("acme_sync");
      long kept = acme.upsert("contact_1", "res.partner", Map.of("name", "Contact")).id();
      long gone = odoo.create("res.partner", Map.of("name", "Gone"));
      odoo.unlink("res.partner", List.of(gone));
      long partners = odoo.searchCount("res.partner", Domain.all());

      assertThatThrownBy(() -> acme.upsert("contact_1", "res.partner", Map.of("parent_id", gone)))
          .isInstanceOf(OdooMissingRecordException.class);
      assertThat(odoo.searchCount("res.partner", Domain.all())).isEqualTo(partners);
      assertThat(acme.find("contact_1").map(ExternalRecord::id)).contains(kept);
    }
  }

  private static List<OdooRecord> entries(OdooClient odoo, String module, String name) {
    return odoo.searchRead(
        "ir.model.data",
        Domain.where("module", "=", module).and(Domain.where("name", "=", name)),
        List.of("res_id"),
        SearchOptions.defaults());
  }
}
