package io.github.odooconnector.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Valid;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessEventTest {

  @Test
  void ofCreatesAValidEventWithItsIdAsCorrelationAndIdempotencyKey() {
    BusinessEvent<Shipment> e =
        BusinessEvent.of(
            EventTypes.SHIPMENT_DISPATCHED, "wms:acme", Samples.T0, Samples.shipment());
    assertThat(e.eventId()).isNotBlank();
    assertThat(e.correlationId()).isEqualTo(e.eventId());
    assertThat(e.idempotencyKey()).isEqualTo(e.eventId());
    assertThat(e.schemaVersion()).isEqualTo(BusinessEvent.CURRENT_SCHEMA_VERSION);
    Violations.assertValid(e);
    assertThat(BusinessEvent.of("a.b", "s", Samples.T0, "x").eventId()).isNotEqualTo(e.eventId());
  }

  @Test
  void withersReplaceOnlyTheirComponent() {
    BusinessEvent<Shipment> e =
        BusinessEvent.of(
            EventTypes.SHIPMENT_DISPATCHED, "wms:acme", Samples.T0, Samples.shipment());
    BusinessEvent<Shipment> c = e.withCorrelationId("S00042").withIdempotencyKey("shipment:SHP-1");
    assertThat(c.correlationId()).isEqualTo("S00042");
    assertThat(c.idempotencyKey()).isEqualTo("shipment:SHP-1");
    assertThat(c.eventId()).isEqualTo(e.eventId());
    assertThat(c.payload()).isSameAs(e.payload());
    assertThatThrownBy(() -> e.withCorrelationId(null))
        .isInstanceOf(CanonicalValidationException.class)
        .hasMessageContaining("correlationId: must not be blank");
    assertThatThrownBy(() -> e.withIdempotencyKey(" "))
        .isInstanceOf(CanonicalValidationException.class)
        .hasMessageContaining("idempotencyKey: must not be blank");
  }

  @Test
  void everyStandardEventTypeIsAValidTypeAndUnique() throws IllegalAccessException {
    List<Field> constants =
        Arrays.stream(EventTypes.class.getFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
            .toList();
    assertThat(constants).hasSizeGreaterThanOrEqualTo(10);
    Set<String> seen = new HashSet<>();
    for (Field f : constants) {
      String type = (String) f.get(null);
      assertThat(seen.add(type)).as("unique %s", type).isTrue();
      Violations.assertValid(BusinessEvent.of(type, "test", Samples.T0, "payload"));
    }
    assertThat(seen)
        .contains(
            "order.released",
            "order.accepted",
            "order.rejected",
            "pick.completed",
            "shipment.packed",
            "shipment.dispatched",
            "goods.received",
            "inventory.adjusted",
            "tracking.updated",
            "return.received");
  }

  @Test
  void payloadIsValidatedWithoutTheDeprecatedContainerCascadeThatMakesHibernateValidatorWarn()
      throws NoSuchMethodException {
    // @Valid on the type-variable payload made Hibernate Validator log HV000272 on every start.
    assertThat(BusinessEvent.class.getRecordComponents())
        .filteredOn(c -> c.getName().equals("payload"))
        .singleElement()
        .satisfies(c -> assertThat(c.getAccessor().getAnnotation(Valid.class)).isNull());
    Shipment shipment = Samples.shipment();
    Shipment negative =
        shipment.toBuilder()
            .lines(
                List.of(
                    shipment.lines().get(0).toBuilder()
                        .quantity(Quantity.of(-4, UnitOfMeasure.C62))
                        .buildUnvalidated()))
            .buildUnvalidated();
    BusinessEvent<List<Shipment>> listPayload =
        BusinessEvent.builder()
            .type(EventTypes.SHIPMENT_DISPATCHED)
            .source("wms:acme")
            .occurredAt(Samples.T0)
            .<List<Shipment>>payload(List.of(shipment, negative))
            .buildUnvalidated();
    assertThat(CanonicalValidator.validate(listPayload))
        .extracting(CanonicalViolation::path)
        .containsExactly("payload[1].lines[0].quantity");
  }
}
