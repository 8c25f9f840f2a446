package io.github.odooconnector.model;

import static io.github.odooconnector.model.Samples.SKU;
import static io.github.odooconnector.model.Samples.T0;
import static io.github.odooconnector.model.UnitOfMeasure.C62;
import static io.github.odooconnector.model.UnitOfMeasure.CMT;
import static io.github.odooconnector.model.UnitOfMeasure.EA;
import static io.github.odooconnector.model.UnitOfMeasure.KGM;
import static io.github.odooconnector.model.UnitOfMeasure.LTR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: every public factory validates like the builders. Bad input is a {@link
 * CanonicalValidationException} whose violations name the component and the offending value; no
 * invalid instance comes out of a factory, and no bare {@code NumberFormatException}, {@code
 * NullPointerException} or {@code IllegalArgumentException} escapes one.
 */
class FactoryValidationTest {

  /** Asserts the call is rejected with exactly these "path|invalidValue|constraint" violations. */
  private static void assertRejected(ThrowingCallable call, String... violations) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CanonicalValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.path() + "|" + v.invalidValue() + "|" + v.constraint())
                    .containsExactly(violations));
  }

  @Test
  void quantityFactoriesRejectNegativeCountsUnparsableTextAndMissingArguments() {
    assertRejected(() -> Quantity.pieces(-1), "value|-1|PositiveOrZero");
    assertThatThrownBy(() -> Quantity.pieces(-1))
        .hasMessage(
            "invalid Quantity (1 violation): value: must be greater than or equal to 0 (was '-1')");
    assertRejected(() -> Quantity.of("abc", C62), "value|abc|DecimalNumber");
    assertThatThrownBy(() -> Quantity.of("abc", C62))
        .hasMessage("invalid Quantity (1 violation): value: must be a decimal number (was 'abc')");
    assertRejected(() -> Quantity.of("abc", null), "unit|null|NotNull", "value|abc|DecimalNumber");
    assertRejected(() -> Quantity.of((String) null, KGM), "value|null|NotNull");
    assertRejected(() -> Quantity.of((BigDecimal) null, KGM), "value|null|NotNull");
    assertRejected(() -> Quantity.of(1, null), "unit|null|NotNull");
    assertRejected(() -> Quantity.of("1E+999999999", EA), "value|1E+999999999|Digits");
    assertRejected(
        () -> Quantity.of("9".repeat(1001), EA), "value|" + "9".repeat(117) + "...|DecimalNumber");

    // what stays valid: signed amounts (stock may be negative), zero pieces, padded decimals
    assertThat(Quantity.of(-3, EA).signum()).isEqualTo(-1);
    assertThat(Quantity.of("-2.5", KGM).value()).isEqualByComparingTo("-2.5");
    assertThat(Quantity.pieces(0).isZero()).isTrue();
    assertThat(Quantity.of(" 2.50 ", KGM).value()).isEqualTo(new BigDecimal("2.50"));
  }

  @Test
  void addressFactoryRejectsACountryNameInsteadOfAnIsoCode() {
    assertRejected(
        () -> Address.of("Rue Neuve 1", "Brussels", "1000", "Belgium"),
        "countryCode|BELGIUM|CountryCode");
    assertRejected(
        () -> Address.of(null, " ", "1000", null),
        "city| |NotBlank",
        "countryCode|null|NotNull",
        "street1|null|NotBlank");
    assertThat(Address.of("Rue Neuve 1", "Brussels", "1000", "be").countryCode()).isEqualTo("BE");
  }

  @Test
  void partyFactoryRejectsABlankNameAndAnInvalidAddress() {
    assertRejected(() -> Party.of(" ", null), "name| |NotBlank");
    assertRejected(
        () -> Party.of("Acme", new Address("Rue 1", null, "Brussels", null, "1000", "Belgium")),
        "address.countryCode|BELGIUM|CountryCode");
    assertThat(Party.of("Walk-in customer", null).optionalAddress()).isEmpty();
  }

  @Test
  void locationAndCarrierFactoriesRejectBlankOrOversizedCodes() {
    assertRejected(() -> LocationRef.of(" "), "warehouse||NotBlank");
    assertRejected(
        () -> LocationRef.of("WH", "x".repeat(201)), "bin|" + "x".repeat(117) + "...|Size");
    assertRejected(() -> CarrierService.of(""), "carrier||NotBlank");
    assertRejected(
        () -> CarrierService.of("dhl", "x".repeat(65)), "service|" + "x".repeat(65) + "|Size");
    assertThat(LocationRef.of("WH", " ").optionalBin()).isEmpty();
  }

  @Test
  void weightAndDimensionsFactoriesRejectNegativeWrongUnitAndUnparsableValues() {
    assertRejected(() -> Weight.of(new BigDecimal("-1"), KGM), "value|-1|PositiveOrZero");
    assertRejected(() -> Weight.of(BigDecimal.ONE, LTR), "unit|LTR|UnitOfDimension");
    assertRejected(() -> Weight.kilograms("heavy"), "value|heavy|DecimalNumber");
    assertRejected(() -> Weight.kilograms(null), "value|null|NotNull");
    assertRejected(
        () -> Dimensions.of(BigDecimal.ZERO, BigDecimal.ONE, null, CMT),
        "height|null|NotNull",
        "length|0|Positive");
    assertRejected(
        () -> Dimensions.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, KGM),
        "unit|KGM|UnitOfDimension");
  }

  @Test
  void moneyFactoriesReportAnUnparsableAmountAsAViolation() {
    assertRejected(() -> Money.of("12,50", "EUR"), "amount|12,50|DecimalNumber");
    assertRejected(
        () -> Money.of("12,50", "EURO"),
        "amount|12,50|DecimalNumber",
        "currency|EURO|CurrencyCode");
    assertRejected(() -> Money.of(BigDecimal.ONE, (Currency) null), "currency|null|NotNull");
    assertRejected(() -> Money.of((String) null, "EUR"), "amount|null|NotNull");
  }

  @Test
  void lineAndLevelFactoriesRejectMissingProductsAndNonPositiveQuantities() {
    assertRejected(
        () -> FulfillmentLine.of("1", null, Quantity.pieces(0)),
        "quantity|0 C62|PositiveQuantity",
        "sku|null|NotNull");
    assertRejected(() -> OrderLine.of(" ", SKU, Quantity.pieces(1)), "lineId| |NotBlank");
    assertRejected(
        () -> PurchaseOrderLine.of("1", SKU, Quantity.of(-1, C62)),
        "quantity|-1 C62|PositiveQuantity");
    assertRejected(() -> AsnLine.of("1", SKU, null), "expectedQuantity|null|NotNull");
    assertRejected(() -> ShipmentLine.of(null, new Sku(""), Quantity.pieces(1)), "sku||ValidSku");
    assertRejected(
        () -> ReceiptLine.of("1", SKU, null, Quantity.of(-1, C62)),
        "receivedQuantity|-1 C62|NonNegativeQuantity");
    assertRejected(() -> ReturnLine.of(null, SKU, Quantity.pieces(1), null), "reason|null|NotNull");
    assertRejected(() -> StockLevel.of(SKU, null, Quantity.of(-4, C62)), "location|null|NotNull");
    assertRejected(() -> Parcel.of(""), "parcelId||NotBlank");
    assertThat(StockLevel.of(SKU, LocationRef.of("WH"), Quantity.of(-4, C62)).onHand().signum())
        .isEqualTo(-1);
  }

  @Test
  void businessEventFactoryRejectsAnInvalidEnvelopeOrPayload() {
    Shipment shipment = Samples.shipment();
    assertRejected(
        () -> BusinessEvent.of("Shipment Dispatched", "wms:acme", T0, shipment),
        "type|Shipment Dispatched|Pattern");
    assertRejected(
        () -> BusinessEvent.of(EventTypes.SHIPMENT_DISPATCHED, "", null, shipment),
        "occurredAt|null|NotNull",
        "source||NotBlank");
    Shipment negative =
        shipment.toBuilder()
            .lines(
                List.of(
                    shipment.lines().get(0).toBuilder()
                        .quantity(Quantity.of(-4, C62))
                        .buildUnvalidated()))
            .buildUnvalidated();
    assertRejected(
        () -> BusinessEvent.of(EventTypes.SHIPMENT_DISPATCHED, "wms:acme", T0, negative),
        "payload.lines[0].quantity|-4 C62|PositiveQuantity");
    assertRejected(
        () -> BusinessEvent.of(EventTypes.SHIPMENT_DISPATCHED, "wms:acme", T0, null),
        "payload|null|NotNull");
  }

  /**
   * Guards the rule for factories added later: every public static method of a model type that
   * returns that type rejects missing (null) arguments, and negative numbers where it takes a
   * primitive count, with the model's exception rather than a bare JDK one.
   */
  @Test
  void everyPublicFactoryRejectsMissingArgumentsWithTheModelsValidationException()
      throws Exception {
    List<String> checked = new ArrayList<>();
    for (Class<?> type : ModelCompletenessTest.publicTypesOfTheModelPackage()) {
      for (Method m : type.getDeclaredMethods()) {
        boolean factory =
            Modifier.isStatic(m.getModifiers())
                && Modifier.isPublic(m.getModifiers())
                && m.getReturnType() == type
                && m.getParameterCount() > 0
                && !(type.isEnum() && m.getName().equals("valueOf"));
        if (!factory) {
          continue;
        }
        Object[] args =
            Arrays.stream(m.getParameterTypes())
                .map(p -> p == long.class ? (Object) (-1L) : p == int.class ? (Object) (-1) : null)
                .toArray();
        String name = type.getSimpleName() + "." + m.getName() + Arrays.toString(args);
        try {
          Object created = m.invoke(null, args);
          fail("%s accepted missing arguments and returned %s", name, created);
        } catch (InvocationTargetException e) {
          assertThat(e.getCause()).as(name).isInstanceOf(CanonicalValidationException.class);
        }
        checked.add(name);
      }
    }
    assertThat(checked)
        .as("factories checked")
        .hasSizeGreaterThan(25)
        .contains(
            "Quantity.pieces[-1]",
            "Address.of[null, null, null, null]",
            "UnitOfMeasure.fromCode[null]");
  }
}
