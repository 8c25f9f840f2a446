package io.github.odooconnector.carrier.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odooconnector.carrier.spi.CarrierRequestRejectedException;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.DocumentType;
import io.github.odooconnector.carrier.spi.LabelDocument;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.ParcelLabel;
import io.github.odooconnector.carrier.spi.ShippingDocument;
import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.CanonicalJson;
import io.github.odooconnector.model.Dimensions;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingReason;
import io.github.odooconnector.model.TrackingStatus;
import io.github.odooconnector.model.Weight;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON side of {@link RestCarrierClient}: writes the carrier-neutral request shape documented
 * on {@link RestCarrierAdapter} and reads responses through the configured JSON Pointers, raising
 * {@link CarrierRequestRejectedException} for answers that do not have the expected shape.
 * Immutable and thread-safe.
 */
final class RestCarrierJson {

  private static final ObjectMapper JSON = CanonicalJson.mapper();

  private final String code;
  private final Map<String, String> fields;
  private final Map<String, TrackingStatus> statuses;

  RestCarrierJson(String code, Map<String, String> fields, Map<String, TrackingStatus> statuses) {
    this.code = code;
    this.fields = fields;
    this.statuses = statuses;
  }

  /** The JSON Pointer configured for a logical field, for messages. */
  String pointer(String field) {
    return field.startsWith("/") ? field : fields.get(field);
  }

  CarrierShipment shipment(JsonNode r, LabelFormat requested, String requestedService) {
    String id = requireText(r, "shipment.id", "shipment");
    List<ParcelLabel> labels = new ArrayList<>();
    for (JsonNode p : array(r, "shipment.parcels", "shipment " + id)) {
      String tracking = requireText(p, "parcel.tracking_number", "shipment " + id + " parcel");
      String data = requireText(p, "parcel.label", "parcel " + tracking);
      byte[] bytes;
      try {
        bytes = Base64.getMimeDecoder().decode(data);
      } catch (IllegalArgumentException e) {
        throw rejected("label of parcel " + tracking + " is not base64");
      }
      LabelFormat format =
          text(p, "parcel.label_format").map(f -> labelFormat(f, tracking)).orElse(requested);
      labels.add(new ParcelLabel(tracking, new LabelDocument(format, bytes)));
    }
    Money charged =
        text(r, "shipment.amount").isPresent()
            ? money(r, "shipment.amount", "shipment.currency", "shipment " + id)
            : null;
    return new CarrierShipment(
        code,
        id,
        text(r, "/service_code").orElse(requestedService),
        labels,
        charged,
        at(r, "shipment.documents").isArray()
            ? documents(r, "shipment.documents", "shipment " + id)
            : List.of());
  }

  /** The documents in the array at a field; an absent array is none. */
  List<ShippingDocument> documents(JsonNode r, String field, String where) {
    JsonNode arr = at(r, field);
    if (!arr.isArray()) {
      return List.of();
    }
    List<ShippingDocument> out = new ArrayList<>();
    for (JsonNode d : arr) {
      String data = requireText(d, "document.data", where + " document");
      byte[] bytes;
      try {
        bytes = Base64.getMimeDecoder().decode(data);
      } catch (IllegalArgumentException e) {
        throw rejected(where + ": a document is not base64");
      }
      DocumentType type;
      try {
        type =
            text(d, "document.type")
                .map(t -> DocumentType.valueOf(t.strip().toUpperCase(Locale.ROOT)))
                .orElse(DocumentType.OTHER);
      } catch (IllegalArgumentException e) {
        type = DocumentType.OTHER; // unknown kinds are kept, not refused
      }
      LabelFormat format =
          text(d, "document.format").map(f -> labelFormat(f, where)).orElse(LabelFormat.PDF);
      out.add(new ShippingDocument(type, new LabelDocument(format, bytes)));
    }
    return out;
  }

  /** The request body form of a canonical value (its canonical JSON). */
  JsonNode canonical(Object value) {
    return JSON.valueToTree(value);
  }

  /** Reads an address object of the request shape ({@code street1, city, ...}). */
  Address readAddress(JsonNode n, String where) {
    try {
      return Address.builder()
          .street1(text(n, "/street1").orElse(null))
          .street2(text(n, "/street2").orElse(null))
          .city(text(n, "/city").orElse(null))
          .region(text(n, "/region").orElse(null))
          .postalCode(text(n, "/postal_code").orElse(null))
          .countryCode(text(n, "/country_code").orElse(null))
          .build();
    } catch (RuntimeException e) {
      throw rejected(where + " is not a valid address: " + e.getMessage());
    }
  }

  LabelFormat labelFormat(String value, String tracking) {
    try {
      return LabelFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw rejected("label of parcel " + tracking + " has unknown format '" + value + "'");
    }
  }

  TrackingEvent event(JsonNode e, String defaultNumber, String where) {
    String number = text(e, "event.tracking_number").orElse(defaultNumber);
    if (number == null) {
      throw rejected(where + ": event without tracking number");
    }
    String raw = text(e, "event.code").orElse(null);
    String when = requireText(e, "event.occurred_at", where + " event");
    return TrackingEvent.builder()
        .trackingNumber(number)
        .carrier(code)
        .status(raw == null ? TrackingStatus.UNKNOWN : status(raw))
        .rawCode(raw)
        .rawDescription(text(e, "event.description").map(s -> truncate(s, 1000)).orElse(null))
        .occurredAt(instant(when, "event.occurred_at"))
        .location(text(e, "event.location").map(s -> truncate(s, 200)).orElse(null))
        .signedBy(text(e, "event.signed_by").orElse(null))
        .reason(text(e, "event.reason").map(this::reason).orElse(null))
        .actionRequired(
            at(e, "event.action_required").isBoolean()
                ? at(e, "event.action_required").asBoolean()
                : text(e, "event.reason")
                    .map(this::reason)
                    .map(TrackingReason::usuallyRequiresAction)
                    .orElse(false))
        .build();
  }

  TrackingReason reason(String raw) {
    try {
      return TrackingReason.valueOf(raw.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      return TrackingReason.OTHER;
    }
  }

  TrackingStatus status(String raw) {
    TrackingStatus mapped = statuses.get(raw);
    if (mapped != null) {
      return mapped;
    }
    try {
      return TrackingStatus.valueOf(
          raw.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      return TrackingStatus.UNKNOWN;
    }
  }

  ObjectNode party(Party p) {
    ObjectNode n = JSON.createObjectNode();
    n.put("name", p.name());
    putIfPresent(n, "company", p.companyName());
    putIfPresent(n, "email", p.email());
    putIfPresent(n, "phone", p.phone());
    n.set("address", address(p.address()));
    return n;
  }

  ObjectNode address(Address a) {
    ObjectNode n = JSON.createObjectNode();
    n.put("street1", a.street1());
    putIfPresent(n, "street2", a.street2());
    n.put("city", a.city());
    putIfPresent(n, "region", a.region());
    putIfPresent(n, "postal_code", a.postalCode());
    n.put("country_code", a.countryCode());
    return n;
  }

  ArrayNode parcels(List<Parcel> parcels) {
    ArrayNode arr = JSON.createArrayNode();
    for (Parcel p : parcels) {
      ObjectNode n = arr.addObject();
      n.put("id", p.parcelId());
      Weight w = p.weight();
      if (w != null) {
        ObjectNode wn = n.putObject("weight");
        wn.put("value", w.value());
        wn.put("unit", w.unit().name());
      }
      Dimensions d = p.dimensions();
      if (d != null) {
        ObjectNode dn = n.putObject("dimensions");
        dn.put("length", d.length());
        dn.put("width", d.width());
        dn.put("height", d.height());
        dn.put("unit", d.unit().name());
      }
      putIfPresent(n, "package_type", p.packageType());
    }
    return arr;
  }

  void putIfPresent(ObjectNode n, String field, String value) {
    if (value != null) {
      n.put(field, value);
    }
  }

  JsonNode at(JsonNode node, String field) {
    String pointer = field.startsWith("/") ? field : fields.get(field);
    if (pointer == null || pointer.isEmpty()) {
      return MissingNode.getInstance();
    }
    return node.at(pointer);
  }

  Optional<String> text(JsonNode node, String field) {
    JsonNode v = at(node, field);
    if (v.isMissingNode() || v.isNull() || v.isContainerNode()) {
      return Optional.empty();
    }
    String s = v.asText();
    return s.isBlank() ? Optional.empty() : Optional.of(s);
  }

  String requireText(JsonNode node, String field, String where) {
    return text(node, field)
        .orElseThrow(
            () ->
                rejected(
                    where
                        + " has no "
                        + field
                        + " at "
                        + (field.startsWith("/") ? field : fields.get(field))));
  }

  /** The integer at a field, or {@code null} when there is none. */
  Integer integer(JsonNode node, String field) {
    JsonNode v = at(node, field);
    return v.canConvertToInt() && v.isNumber() ? Integer.valueOf(v.intValue()) : null;
  }

  JsonNode array(JsonNode node, String field, String where) {
    JsonNode v = at(node, field);
    if (!v.isArray()) {
      throw rejected(where + " has no array at " + fields.get(field));
    }
    return v;
  }

  Money money(JsonNode node, String amountField, String currencyField, String where) {
    JsonNode amount = at(node, amountField);
    BigDecimal value;
    try {
      value = amount.isNumber() ? amount.decimalValue() : new BigDecimal(amount.asText());
    } catch (NumberFormatException e) {
      throw rejected(where + " has no numeric " + amountField + " at " + fields.get(amountField));
    }
    String currency = requireText(node, currencyField, where);
    try {
      return Money.of(value, currency);
    } catch (RuntimeException e) {
      throw rejected(where + " has an invalid amount/currency: " + value + " " + currency);
    }
  }

  LocalDate date(String value, String field) {
    try {
      return value.length() > 10
          ? OffsetDateTime.parse(value).toLocalDate()
          : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw rejected(field + " is not an ISO date: '" + truncate(value, 40) + "'");
    }
  }

  Instant instant(String value, String field) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw rejected(
          field + " is not an ISO-8601 date-time with offset: '" + truncate(value, 40) + "'");
    }
  }

  CarrierRequestRejectedException rejected(String message) {
    return new CarrierRequestRejectedException(
        code, "carrier '" + code + "': " + message, null, List.of());
  }

  String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "...";
  }
}
