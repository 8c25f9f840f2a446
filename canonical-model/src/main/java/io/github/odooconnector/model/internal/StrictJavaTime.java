package io.github.odooconnector.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Strict readers for {@link Instant} and {@link LocalDate}: ISO-8601 strings only.
 *
 * <p>Jackson's defaults also accept JSON numbers and digit-only strings as epoch values, guessing
 * seconds: an epoch in milliseconds (what most carrier and WMS APIs send) silently becomes a date
 * in the year 57876. The canonical form therefore accepts only ISO-8601 text with an explicit
 * offset ({@code 2026-11-27T08:15:30Z}, {@code 2026-11-27T09:15:30+01:00}) for instants and {@code
 * 2026-11-28} for dates; anything else is a typed read error naming the property.
 */
public final class StrictJavaTime {
  private StrictJavaTime() {}

  /**
   * Returns a module with the strict deserializers; register it after {@code JavaTimeModule} so
   * that it wins.
   *
   * @return the module
   */
  public static SimpleModule module() {
    SimpleModule module = new SimpleModule("odoo-connector-strict-java-time");
    module.addDeserializer(Instant.class, new InstantReader());
    module.addDeserializer(LocalDate.class, new LocalDateReader());
    return module;
  }

  private static final class InstantReader extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    InstantReader() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (Instant)
            ctxt.handleUnexpectedToken(
                Instant.class,
                p.currentToken(),
                p,
                "expected an ISO-8601 timestamp string with offset such as 2026-11-27T08:15:30Z,"
                    + " not %s",
                p.currentToken());
      }
      String text = p.getText().strip();
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        return (Instant)
            ctxt.handleWeirdStringValue(
                Instant.class,
                text,
                "expected an ISO-8601 timestamp with offset such as 2026-11-27T08:15:30Z");
      }
    }
  }

  private static final class LocalDateReader extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    LocalDateReader() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (LocalDate)
            ctxt.handleUnexpectedToken(
                LocalDate.class,
                p.currentToken(),
                p,
                "expected an ISO-8601 date string such as 2026-11-28, not %s",
                p.currentToken());
      }
      String text = p.getText().strip();
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        return (LocalDate)
            ctxt.handleWeirdStringValue(
                LocalDate.class, text, "expected an ISO-8601 date such as 2026-11-28");
      }
    }
  }
}
