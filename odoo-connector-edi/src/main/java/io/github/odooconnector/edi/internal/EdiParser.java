package io.github.odooconnector.edi.internal;

import io.github.odooconnector.edi.api.EdiError;
import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.edi.api.EdiStandard;
import io.github.odooconnector.edi.api.InterchangeHeader;
import io.github.odooconnector.edi.api.TransactionRef;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tokenizes an interchange with StAEDI, which also validates the envelopes (ISA/GS/ST, UNB/UNH):
 * element lengths and types, dates, control numbers and counts in the trailers. Does not throw on
 * bad input: every problem becomes an {@link EdiError}.
 *
 * <p>No XML is involved in reading EDI: StAEDI's own control schemas ship inside its jar and are
 * loaded by its hardened schema reader; this class never turns EDI into XML or reads external XML.
 */
public final class EdiParser {
  private static final EDIInputFactory FACTORY = EDIInputFactory.newFactory();

  private EdiParser() {}

  public static ParsedInterchange parse(byte[] content) {
    State st = new State();
    try (EDIStreamReader reader =
        FACTORY.createEDIStreamReader(new ByteArrayInputStream(content))) {
      while (reader.hasNext()) {
        EDIStreamEvent event = reader.next();
        Location l = reader.getLocation();
        switch (event) {
          case START_SEGMENT -> st.startSegment(reader.getText(), l.getSegmentPosition());
          case ELEMENT_DATA -> st.data(l, reader.getText());
          case END_SEGMENT -> st.endSegment(reader);
          case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR ->
              st.error(l, reader.getErrorType(), event, reader.getText());
          default -> {
            // loops, composites and envelope boundaries are tracked through the segments
          }
        }
      }
    } catch (EDIStreamException | RuntimeException e) {
      Location l = e instanceof EDIStreamException se ? se.getLocation() : null;
      st.syntax(l, e.getMessage());
    } catch (IOException e) {
      st.syntax(null, e.getMessage());
    }
    if (st.standard == null) {
      st.standard = EdiStandard.X12;
    }
    if (st.transaction != null
        && st.errors.stream().noneMatch(e -> e.kind() == EdiErrorKind.SYNTAX)) {
      st.errors.add(
          new EdiError(
              st.transactionHeaderTag(),
              st.lastPosition,
              0,
              0,
              0,
              EdiErrorKind.MISSING_SEGMENT,
              "transaction " + st.transactionRef.controlNumber() + " has no trailer",
              st.transactionRef));
    }
    return new ParsedInterchange(st.standard, st.header, st.transactions, st.errors);
  }

  private static final class State {
    EdiStandard standard;
    InterchangeHeader header;
    final List<ParsedInterchange.Transaction> transactions = new ArrayList<>();
    final List<EdiError> errors = new ArrayList<>();
    String tag;
    int position;
    int lastPosition;
    List<List<String>> elements;
    String groupId;
    String groupControl;
    String groupVersion;
    List<Segment> transaction;
    TransactionRef transactionRef;
    int transactionStart;

    void startSegment(String segmentTag, int segmentPosition) {
      tag = segmentTag;
      position = segmentPosition;
      lastPosition = segmentPosition;
      elements = new ArrayList<>();
      if (standard == null) {
        standard = segmentTag.startsWith("UN") ? EdiStandard.EDIFACT : EdiStandard.X12;
      }
    }

    void data(Location l, String text) {
      if (elements == null || l.getElementOccurrence() > 1) {
        return; // repetitions are not used by the mapped transactions
      }
      int e = l.getElementPosition();
      int c = Math.max(1, l.getComponentPosition());
      while (elements.size() < e) {
        elements.add(new ArrayList<>());
      }
      List<String> comps = elements.get(e - 1);
      while (comps.size() < c - 1) {
        comps.add("");
      }
      comps.add(text == null ? "" : text);
    }

    void endSegment(EDIStreamReader reader) {
      int txPos = transaction == null ? 0 : position - transactionStart + 1;
      if ("ST".equals(tag) || "UNH".equals(tag)) {
        txPos = 1;
      }
      Segment s = new Segment(tag, elements, position, txPos);
      elements = null;
      switch (tag) {
        case "ISA" ->
            header =
                new InterchangeHeader(
                    EdiStandard.X12,
                    s.el(5).strip(),
                    s.el(6).strip(),
                    s.el(7).strip(),
                    s.el(8).strip(),
                    s.el(13).strip(),
                    "T".equals(s.el(15)));
        case "UNB" ->
            header =
                new InterchangeHeader(
                    EdiStandard.EDIFACT,
                    s.comp(2, 2).strip(),
                    s.comp(2, 1).strip(),
                    s.comp(3, 2).strip(),
                    s.comp(3, 1).strip(),
                    s.el(5).strip(),
                    "1".equals(s.el(11)));
        case "GS" -> {
          groupId = s.el(1);
          groupControl = s.el(6);
          groupVersion = s.el(8);
        }
        case "GE" -> {
          groupId = null;
          groupControl = null;
          groupVersion = null;
        }
        case "ST" ->
            startTransaction(
                s, new TransactionRef(groupId, groupControl, s.el(1), version(s), s.el(2)));
        case "UNH" ->
            startTransaction(
                s,
                new TransactionRef(
                    null, null, s.comp(2, 1), s.comp(2, 2) + ":" + s.comp(2, 3), s.el(1)));
        case "SE", "UNT" -> {
          if (transaction != null) {
            transaction.add(s);
            transactions.add(
                new ParsedInterchange.Transaction(transactionRef, new Body(transaction)));
          }
          transaction = null;
          transactionRef = null;
        }
        default -> {
          if (transaction != null) {
            transaction.add(s);
          }
        }
      }
    }

    private String version(Segment st) {
      return st.has(3) ? st.el(3) : groupVersion;
    }

    private void startTransaction(Segment s, TransactionRef ref) {
      transaction = new ArrayList<>();
      transaction.add(s);
      transactionRef = ref;
      transactionStart = s.position();
    }

    String transactionHeaderTag() {
      return standard == EdiStandard.EDIFACT ? "UNT" : "SE";
    }

    void error(Location l, EDIStreamValidationError type, EDIStreamEvent event, String text) {
      int segPos = l.getSegmentPosition();
      boolean inTx =
          transaction != null || "ST".equals(l.getSegmentTag()) || "UNH".equals(l.getSegmentTag());
      int txPos = inTx && transaction != null ? segPos - transactionStart + 1 : inTx ? 1 : 0;
      int element = event == EDIStreamEvent.SEGMENT_ERROR ? 0 : Math.max(0, l.getElementPosition());
      int component =
          event == EDIStreamEvent.SEGMENT_ERROR ? 0 : Math.max(0, l.getComponentPosition());
      String segTag =
          event == EDIStreamEvent.SEGMENT_ERROR && text != null && !text.isEmpty()
              ? text
              : l.getSegmentTag();
      errors.add(
          new EdiError(
              segTag,
              segPos,
              txPos,
              element,
              component,
              kind(type),
              describe(type, event, text),
              inTx ? transactionRef : null));
    }

    void syntax(Location l, String message) {
      errors.add(
          new EdiError(
              l == null || l.getSegmentTag() == null ? "?" : l.getSegmentTag(),
              l == null ? 0 : Math.max(0, l.getSegmentPosition()),
              0,
              l == null ? 0 : Math.max(0, l.getElementPosition()),
              l == null ? 0 : Math.max(0, l.getComponentPosition()),
              EdiErrorKind.SYNTAX,
              "unreadable interchange: " + message,
              transactionRef));
    }
  }

  private static String describe(EDIStreamValidationError type, EDIStreamEvent event, String text) {
    String readable = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    if (event == EDIStreamEvent.ELEMENT_DATA_ERROR && text != null && !text.isEmpty()) {
      return readable + " (was '" + text + "')";
    }
    return readable;
  }

  static EdiErrorKind kind(EDIStreamValidationError type) {
    return switch (type) {
      case MANDATORY_SEGMENT_MISSING,
          CONDITIONAL_REQUIRED_SEGMENT_MISSING,
          IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING,
          IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES,
          IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE ->
          EdiErrorKind.MISSING_SEGMENT;
      case UNRECOGNIZED_SEGMENT_ID,
          UNEXPECTED_SEGMENT,
          SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET,
          SEGMENT_NOT_IN_PROPER_SEQUENCE,
          LOOP_OCCURS_OVER_MAXIMUM_TIMES,
          SEGMENT_EXCEEDS_MAXIMUM_USE,
          IMPLEMENTATION_UNUSED_SEGMENT_PRESENT,
          IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT,
          SEGMENT_EXCLUSION_CONDITION_VIOLATED ->
          EdiErrorKind.UNEXPECTED_SEGMENT;
      case REQUIRED_DATA_ELEMENT_MISSING,
          CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING,
          IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING,
          IMPLEMENTATION_TOO_FEW_REPETITIONS ->
          EdiErrorKind.MISSING_ELEMENT;
      case TOO_MANY_DATA_ELEMENTS, TOO_MANY_REPETITIONS, TOO_MANY_COMPONENTS ->
          EdiErrorKind.TOO_MANY_ELEMENTS;
      case DATA_ELEMENT_TOO_LONG -> EdiErrorKind.TOO_LONG;
      case DATA_ELEMENT_TOO_SHORT -> EdiErrorKind.TOO_SHORT;
      case CONTROL_REFERENCE_MISMATCH, CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT ->
          EdiErrorKind.CONTROL_MISMATCH;
      default -> EdiErrorKind.INVALID_VALUE;
    };
  }
}
