package io.github.odooconnector.examples;

import static io.github.odooconnector.examples.internal.Console.row;
import static io.github.odooconnector.examples.internal.ExampleFailure.check;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.edi.api.EdiDocument;
import io.github.odooconnector.edi.api.EdiStandard;
import io.github.odooconnector.edi.api.EdiTranslator;
import io.github.odooconnector.edi.api.OutboundInterchange;
import io.github.odooconnector.edi.api.ReceivedInterchange;
import io.github.odooconnector.edi.api.TradingPartner;
import io.github.odooconnector.edi.memory.InMemoryControlNumberSource;
import io.github.odooconnector.examples.internal.Console;
import io.github.odooconnector.examples.internal.ExampleEnvironment;
import io.github.odooconnector.mapping.FieldMap;
import io.github.odooconnector.mapping.StandardFieldMaps;
import io.github.odooconnector.model.PackedShipNotice;
import io.github.odooconnector.model.PurchaseOrder;
import io.github.odooconnector.model.PurchaseOrderAcknowledgement;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.supplier.api.AcknowledgementOutcome;
import io.github.odooconnector.supplier.api.AcknowledgementPolicy;
import io.github.odooconnector.supplier.api.ShipNoticeOutcome;
import io.github.odooconnector.supplier.api.SupplierIntegration;
import io.github.odooconnector.supplier.api.TransmissionOutcome;
import io.github.odooconnector.supplier.spi.SupplierAdapter;
import io.github.odooconnector.supplier.spi.TransmissionReceipt;
import io.github.odooconnector.testkit.supplier.SimulatedSupplier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Procure-to-pay over EDI: a purchase order confirmed in Odoo goes to the supplier as an X12 850;
 * the supplier's 855 confirms fewer chairs for a later date and is applied to the order by policy
 * (and answered with a 997); the supplier's 856 announces what it shipped, and Odoo's receipt is
 * rescheduled and its expected quantities updated before the truck arrives. Replaying the 855
 * changes nothing.
 *
 * <p>Run it with {@code mvn -B -ntp -Dquick -pl examples -am package exec:java
 * -Dexec.mainClass=io.github.odooconnector.examples.ProcureToPayExample}.
 */
public final class ProcureToPayExample {
  private ProcureToPayExample() {}

  /**
   * Runs the example; exits with status 1 and a reason when a step does not reach the expected
   * state.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ExampleEnvironment.runMain(ProcureToPayExample::run);
  }

  static void run(ExampleEnvironment env) {
    Console console = new Console("Procure to pay over EDI");
    OdooClient odoo = env.odoo();
    console.step("Odoo: %s", env.description());
    ExampleSetup.Products products = env.products();
    env.takeSetupNotes().forEach(note -> console.detail("setup: %s", note));

    // our side and the supplier's side of one EDI relationship: partners are configuration
    TradingPartner supplierPartner =
        TradingPartner.builder("flanders-edi", EdiStandard.X12)
            .partnerId("ZZ", "FLANDERS")
            .ourId("ZZ", "ODCDEMO")
            .build();
    TradingPartner usAtTheSupplier =
        TradingPartner.builder("odc-demo", EdiStandard.X12)
            .partnerId("ZZ", "ODCDEMO")
            .ourId("ZZ", "FLANDERS")
            .build();
    EdiTranslator ours =
        EdiTranslator.builder().controlNumbers(InMemoryControlNumberSource.create()).build();
    EdiTranslator theirs =
        EdiTranslator.builder().controlNumbers(InMemoryControlNumberSource.create()).build();
    SimulatedSupplier supplier = SimulatedSupplier.builder().name("flanders").build();
    List<String> wire = new ArrayList<>();

    // the adapter: our purchase order leaves as an 850, the supplier reads it on its side
    SupplierAdapter ediSupplier =
        new SupplierAdapter() {
          @Override
          public String name() {
            return "flanders-edi";
          }

          @Override
          public TransmissionReceipt sendPurchaseOrder(PurchaseOrder order) {
            OutboundInterchange edi = ours.write(supplierPartner, EdiDocument.purchaseOrder(order));
            wire.add(edi.content());
            PurchaseOrder asRead =
                theirs
                    .read(usAtTheSupplier, edi.content())
                    .documents()
                    .get(0)
                    .document()
                    .content(PurchaseOrder.class);
            supplier.sendPurchaseOrder(asRead);
            return new TransmissionReceipt("ISA " + edi.controlNumber());
          }
        };
    SupplierIntegration purchasing =
        SupplierIntegration.builder()
            .odoo(odoo)
            .adapter(ediSupplier)
            .idempotencyStore(InMemoryIdempotencyStore.create())
            .outboxStore(InMemoryOutboxStore.create())
            .acknowledgementPolicy(
                AcknowledgementPolicy.defaults().withPriceChangesUpTo(new BigDecimal("5")))
            .build();

    // --- 1. a purchase order for 12 chairs is confirmed in Odoo ------------------------------
    String sku = ExampleSetup.CHAIR;
    long product = products.id(sku);
    ExampleSetup.PurchaseOrderRef order =
        ExampleSetup.confirmPurchaseOrder(
            odoo, env.countryId(ExampleSetup.companyCountryCode(odoo)), product, 12.0, 55.0);
    long po = order.id();
    String poName = order.name();
    FieldMap line = StandardFieldMaps.purchaseOrderLine(odoo.serverVersion());
    console.step("Purchase order %s confirmed: 12 x %s at 55.00", poName, sku);

    // --- 2. it is sent to the supplier as an 850, once ---------------------------------------
    TransmissionOutcome sent = purchasing.transmit(poName);
    purchasing.transmit(poName);
    check(wire.size() == 1, "the order was sent %d times", wire.size());
    console.step(
        "Sent as an X12 850 (%d bytes, %s); sending again sent nothing",
        wire.get(0).length(), sent.supplierReference());
    String po1 = wire.get(0).substring(wire.get(0).indexOf("PO1"));
    console.detail("%s", po1.substring(0, po1.indexOf('~')));

    // --- 3. the supplier confirms 10, a week later, in an 855 ---------------------------------
    LocalDate promised = LocalDate.now(ZoneOffset.UTC).plusDays(7);
    PurchaseOrderAcknowledgement answer =
        supplier.acknowledgement(poName).quantity(sku, 10).promise(sku, promised).build();
    String edi855 =
        theirs.write(usAtTheSupplier, EdiDocument.purchaseOrderAcknowledgement(answer)).content();
    ReceivedInterchange in855 = ours.read(supplierPartner, edi855);
    PurchaseOrderAcknowledgement ack =
        in855.documents().get(0).document().content(PurchaseOrderAcknowledgement.class);
    AcknowledgementOutcome applied = purchasing.applyAcknowledgement(ack);
    check(
        applied.status() == AcknowledgementOutcome.Status.APPLIED,
        "acknowledgement not applied: %s",
        applied);
    check(
        purchasing.applyAcknowledgement(ack).equals(applied),
        "a replayed 855 gave another outcome");
    String ack997 = ours.acknowledge(supplierPartner, in855).content();
    console.step("855 applied by policy: %s", String.join("; ", applied.changes()));
    console.detail(
        "answered with a 997 (%s); replaying the 855 changed nothing",
        ack997.contains("AK9*A") ? "accepted" : "see content");

    // --- 4. the supplier ships and announces it in an 856 -------------------------------------
    Instant arrival = Instant.now().plus(6, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    PackedShipNotice shipped =
        supplier.shipNotice(poName).quantity(sku, 10).arriving(arrival).build();
    String edi856 = theirs.write(usAtTheSupplier, EdiDocument.shipNotice(shipped)).content();
    PackedShipNotice notice =
        ours.read(supplierPartner, edi856)
            .documents()
            .get(0)
            .document()
            .content(PackedShipNotice.class);
    ShipNoticeOutcome updated = purchasing.applyShipNotice(notice);
    console.step(
        "856 applied to receipt %s: %s", updated.picking(), String.join("; ", updated.changes()));

    // --- summary ------------------------------------------------------------------------------
    OdooRecord poLine =
        odoo.searchRead(
                "purchase.order.line",
                Domain.where("order_id", "=", po),
                List.of(line.field("quantity"), "date_planned"),
                SearchOptions.limit(1))
            .get(0);
    check(
        poLine.decimal(line.field("quantity")).orElseThrow().compareTo(BigDecimal.TEN) == 0,
        "order line quantity is %s, not 10",
        poLine.raw(line.field("quantity")));
    OdooRecord receipt =
        odoo.searchRead(
                "stock.picking",
                Domain.where("purchase_id", "=", po),
                List.of("name", "scheduled_date", "move_ids"),
                SearchOptions.limit(1))
            .get(0);
    OdooRecord move =
        odoo.read("stock.move", receipt.ids("move_ids"), List.of("product_uom_qty")).get(0);
    check(
        move.decimal("product_uom_qty").orElseThrow().compareTo(BigDecimal.TEN) == 0,
        "the receipt expects %s, not 10",
        move.raw("product_uom_qty"));
    List<List<String>> rows = new ArrayList<>();
    rows.add(row("record", "quantity", "date"));
    rows.add(
        row(
            poName + " line",
            plain(poLine.decimal(line.field("quantity")).orElseThrow()),
            poLine.datetime("date_planned").map(Instant::toString).orElse("-")));
    rows.add(
        row(
            receipt.string("name").orElse("?"),
            plain(move.decimal("product_uom_qty").orElseThrow()),
            receipt.datetime("scheduled_date").map(Instant::toString).orElse("-")));
    console.table("Odoo after the run", rows);
    console.success(
        "850 sent once, 855 applied by policy and acknowledged, receipt updated from the 856");
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
