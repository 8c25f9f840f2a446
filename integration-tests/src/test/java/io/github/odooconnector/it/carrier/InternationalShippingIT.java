package io.github.odooconnector.it.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.carrier.api.CustomsDeclarationException;
import io.github.odooconnector.carrier.api.CustomsSettings;
import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.model.CustomsDeclaration;
import io.github.odooconnector.model.CustomsItem;
import io.github.odooconnector.model.Incoterm;
import io.github.odooconnector.model.TaxIdType;
import io.github.odooconnector.model.TaxIdentifier;
import io.github.odooconnector.testkit.carrier.SimulatedCarrier;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 17, international: customs declarations built from Odoo, checked before purchase. */
class InternationalShippingIT {

  private CarrierScenario s;

  @AfterEach
  void close() {
    if (s != null) {
      s.close();
    }
  }

  private CarrierScenario scenario() {
    return new CarrierScenario(
        b -> b,
        b ->
            b.customs(
                CustomsSettings.builder()
                    .incoterm(Incoterm.DDP)
                    .shipperTaxId(TaxIdentifier.of(TaxIdType.EORI, "BE0123456789", "BE"))
                    .build()),
        sc -> {});
  }

  private static ShipmentRequest lastRequest(SimulatedCarrier carrier) {
    List<ShipmentRequest> all = carrier.createRequests();
    return all.get(all.size() - 1);
  }

  @Test
  void aCrossBorderPickingIsDeclaredFromItsProductsAndTheCommercialInvoiceIsAttached() {
    s = scenario();
    long lamp = s.product("Desk Lamp", "LAMP-1", 1.2, 40, "9405.20", "CN");
    long picking = s.delivery("base.us", List.of(lamp));
    s.shipping.shopRates(picking);

    LabelResult label = s.shipping.buyLabel(picking);

    SimulatedCarrier carrier =
        label.shipment().carrierCode().equals("rapidex") ? s.rapidex : s.swiftpost;
    CustomsDeclaration customs = lastRequest(carrier).optionalCustoms().orElseThrow();
    assertThat(customs.incoterm()).isEqualTo(Incoterm.DDP);
    assertThat(customs.shipperTaxIds())
        .containsExactly(TaxIdentifier.of(TaxIdType.EORI, "BE0123456789", "BE"));
    CustomsItem item = customs.items().get(0);
    assertThat(item.description()).isEqualTo("Desk Lamp");
    assertThat(item.sku()).isEqualTo("LAMP-1");
    assertThat(item.hsCode()).isEqualTo("940520");
    assertThat(item.originCountry()).isEqualTo("CN");
    assertThat(item.quantity().value()).isEqualByComparingTo("1");
    assertThat(item.value().amount()).isEqualByComparingTo("40.00");
    assertThat(item.netWeight().value()).isEqualByComparingTo("1.2");
    assertThat(label.documentAttachmentIds()).hasSize(1);
    assertThat(s.attachments(picking))
        .extracting(a -> a.string("name").orElse(""))
        .anyMatch(n -> n.startsWith("CommercialInvoice-" + carrier.carrierCode() + "-"))
        .anyMatch(n -> n.startsWith("Label-"));
  }

  @Test
  void theSalePriceAndTheSaleOrderBecomeTheCustomsValueAndInvoiceNumber() {
    s = scenario();
    long lamp = s.product("Desk Lamp", "LAMP-1", 1.2, 40, "940520", null);
    long[] orderAndPicking = s.saleDelivery("base.us", lamp, 2, 55.0);
    s.shipping.shopRates(orderAndPicking[1]);

    LabelResult label = s.shipping.buyLabel(orderAndPicking[1]);

    SimulatedCarrier carrier =
        label.shipment().carrierCode().equals("rapidex") ? s.rapidex : s.swiftpost;
    CustomsDeclaration customs = lastRequest(carrier).optionalCustoms().orElseThrow();
    String orderName =
        s.client
            .read("sale.order", List.of(orderAndPicking[0]), List.of("name"))
            .get(0)
            .string("name")
            .orElseThrow();
    assertThat(customs.invoiceNumber()).isEqualTo(orderName);
    assertThat(customs.items().get(0).value().amount()).isEqualByComparingTo("110.00");
    assertThat(customs.items().get(0).originCountry())
        .as("no origin on the product: the shipper's country, as Odoo does")
        .isEqualTo("BE");
  }

  @Test
  void aCrossBorderParcelWithoutHsCodeIsRefusedBeforePurchaseNamingTheProduct() {
    s = scenario();
    long lamp = s.product("Desk Lamp", "LAMP-1", 1.2, 40, "940520", "CN");
    long cable = s.product("Cable Box", "CABLE-1", 0.5, 15, null, null);
    long picking = s.delivery("base.us", List.of(lamp, cable));
    s.shipping.shopRates(picking);

    assertThatThrownBy(() -> s.shipping.buyLabel(picking))
        .isInstanceOf(CustomsDeclarationException.class)
        .hasMessageContaining("Cable Box")
        .hasMessageContaining("hs_code")
        .hasMessageContaining("nothing was bought")
        .satisfies(e -> assertThat(((CustomsDeclarationException) e).problems()).hasSize(1));
    assertThat(s.swiftpost.createShipmentCalls() + s.rapidex.createShipmentCalls()).isZero();
    assertThat(s.attachments(picking)).isEmpty();
  }

  @Test
  void aParcelWithinTheEuCustomsUnionNeedsNoDeclaration() {
    s = scenario();
    long cable = s.product("Cable Box", "CABLE-1", 0.5, 15, null, null);
    long picking = s.delivery("DE", List.of(cable));
    s.shipping.shopRates(picking);

    LabelResult label = s.shipping.buyLabel(picking);

    SimulatedCarrier carrier =
        label.shipment().carrierCode().equals("rapidex") ? s.rapidex : s.swiftpost;
    assertThat(lastRequest(carrier).optionalCustoms()).isEmpty();
    assertThat(label.documentAttachmentIds()).isEmpty();
  }
}
