package io.github.odooconnector.edi.internal;

import io.github.odooconnector.edi.api.EdiDelimiters;
import io.github.odooconnector.edi.api.EdiStandard;
import io.github.odooconnector.edi.api.EdiWriteException;
import io.github.odooconnector.edi.api.TradingPartner;
import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes envelopes and transaction bodies with StAEDI, which escapes and checks separators. */
public final class EdiWriter {

  /** One transaction to write: its code, X12 group, control number and body segments. */
  public record OutTransaction(
      String code,
      String functionalGroup,
      String controlNumber,
      String version,
      List<Segment> body) {}

  private EdiWriter() {}

  /**
   * Writes one interchange. {@code groupControlNumbers} maps each X12 functional group id, in order
   * of first appearance, to its control number.
   */
  public static String write(
      TradingPartner p,
      ZonedDateTime now,
      String interchangeControlNumber,
      Map<String, String> groupControlNumbers,
      List<OutTransaction> transactions) {
    EdiDelimiters d = p.delimiters();
    EDIOutputFactory factory = EDIOutputFactory.newFactory();
    factory.setProperty(EDIStreamConstants.Delimiters.SEGMENT, d.segment());
    factory.setProperty(EDIStreamConstants.Delimiters.DATA_ELEMENT, d.element());
    factory.setProperty(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT, d.component());
    factory.setProperty(EDIStreamConstants.Delimiters.REPETITION, d.repetition());
    if (p.standard() == EdiStandard.EDIFACT) {
      factory.setProperty(EDIStreamConstants.Delimiters.RELEASE, d.release());
    }
    factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String current = "envelope";
    try {
      EDIStreamWriter w = factory.createEDIStreamWriter(out, "UTF-8");
      w.setControlSchema(controlSchema(p));
      w.startInterchange();
      if (p.standard() == EdiStandard.X12) {
        current = "ISA";
        segment(w, isa(p, now, interchangeControlNumber));
        Map<String, List<OutTransaction>> groups = new LinkedHashMap<>();
        for (OutTransaction t : transactions) {
          groups.computeIfAbsent(t.functionalGroup(), k -> new ArrayList<>()).add(t);
        }
        for (Map.Entry<String, List<OutTransaction>> g : groups.entrySet()) {
          String gcn = groupControlNumbers.get(g.getKey());
          segment(
              w,
              Segment.of(
                  "GS",
                  g.getKey(),
                  p.ourId(),
                  p.partnerId(),
                  now.format(DateTimeFormatter.ofPattern("yyyyMMdd")),
                  now.format(DateTimeFormatter.ofPattern("HHmm")),
                  gcn,
                  "X",
                  p.version()));
          for (OutTransaction t : g.getValue()) {
            current = t.code() + " " + t.controlNumber();
            segment(w, Segment.of("ST", t.code(), t.controlNumber()));
            for (Segment s : t.body()) {
              current = t.code() + " segment " + s.tag();
              segment(w, s);
            }
            segment(w, Segment.of("SE", t.body().size() + 2, t.controlNumber()));
          }
          segment(w, Segment.of("GE", g.getValue().size(), gcn));
        }
        segment(w, Segment.of("IEA", groups.size(), interchangeControlNumber));
      } else {
        current = "UNB";
        segment(w, unb(p, now, interchangeControlNumber));
        for (OutTransaction t : transactions) {
          String[] version = (t.version() == null ? p.version() : t.version()).split(":");
          current = t.code() + " " + t.controlNumber();
          segment(
              w,
              Segment.of(
                  "UNH", t.controlNumber(), Segment.c(t.code(), version[0], version[1], "UN")));
          for (Segment s : t.body()) {
            current = t.code() + " segment " + s.tag();
            segment(w, s);
          }
          segment(w, Segment.of("UNT", t.body().size() + 2, t.controlNumber()));
        }
        segment(w, Segment.of("UNZ", transactions.size(), interchangeControlNumber));
      }
      w.endInterchange();
      w.close();
    } catch (EDIStreamException | EDISchemaException | RuntimeException e) {
      throw new EdiWriteException(
          "cannot write " + current + " for partner " + p.name() + ": " + e.getMessage(), e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Schema controlSchema(TradingPartner p) throws EDISchemaException {
    SchemaFactory f = SchemaFactory.newFactory();
    if (p.standard() == EdiStandard.X12) {
      return f.getControlSchema(
          EDIStreamConstants.Standards.X12, new String[] {p.version().substring(0, 5)});
    }
    return f.getControlSchema(EDIStreamConstants.Standards.EDIFACT, p.syntax().split(":"));
  }

  private static Segment isa(TradingPartner p, ZonedDateTime now, String control) {
    String version = p.version().substring(0, 5);
    boolean repetition = version.compareTo("00402") >= 0;
    return Segment.of(
        "ISA",
        "00",
        pad("", 10),
        "00",
        pad("", 10),
        p.ourQualifier(),
        pad(p.ourId(), 15),
        p.partnerQualifier(),
        pad(p.partnerId(), 15),
        now.format(DateTimeFormatter.ofPattern("yyMMdd")),
        now.format(DateTimeFormatter.ofPattern("HHmm")),
        repetition ? String.valueOf(p.delimiters().repetition()) : "U",
        version,
        control,
        p.acknowledgementRequested() ? "1" : "0",
        p.test() ? "T" : "P",
        String.valueOf(p.delimiters().component()));
  }

  private static Segment unb(TradingPartner p, ZonedDateTime now, String control) {
    String[] syntax = p.syntax().split(":");
    boolean v4 = syntax.length > 1 && syntax[1].compareTo("4") >= 0;
    return Segment.of(
        "UNB",
        Segment.c((Object[]) syntax),
        Segment.c(p.ourId(), p.ourQualifier()),
        Segment.c(p.partnerId(), p.partnerQualifier()),
        Segment.c(
            now.format(DateTimeFormatter.ofPattern(v4 ? "yyyyMMdd" : "yyMMdd")),
            now.format(DateTimeFormatter.ofPattern("HHmm"))),
        control,
        "",
        "",
        "",
        p.acknowledgementRequested() ? "1" : "",
        "",
        p.test() ? "1" : "");
  }

  private static String pad(String value, int width) {
    return String.format("%-" + width + "s", value);
  }

  private static void segment(EDIStreamWriter w, Segment s) throws EDIStreamException {
    w.writeStartSegment(s.tag());
    for (List<String> e : s.elements()) {
      if (e.size() == 1) {
        if (e.get(0).isEmpty()) {
          w.writeEmptyElement();
        } else {
          w.writeElement(e.get(0));
        }
      } else {
        w.writeStartElement();
        for (String c : e) {
          if (c.isEmpty()) {
            w.writeEmptyComponent();
          } else {
            w.writeComponent(c);
          }
        }
        w.endElement();
      }
    }
    w.writeEndSegment();
  }

  /** UTC now, truncated to minutes as envelopes carry it. */
  public static ZonedDateTime utc(Instant instant) {
    return instant.atZone(ZoneOffset.UTC);
  }
}
