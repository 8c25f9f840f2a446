package io.github.odooconnector.edi.internal;

import io.github.odooconnector.edi.api.AcknowledgedTransaction;
import io.github.odooconnector.edi.api.AcknowledgementResult;
import io.github.odooconnector.edi.api.EdiError;
import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.edi.api.EdiStandard;
import io.github.odooconnector.edi.api.FunctionalAcknowledgement;
import io.github.odooconnector.edi.api.TransactionRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a partner's X12 997 into the same {@link FunctionalAcknowledgement} as a CONTRL: AK1 the
 * group, per transaction AK2 … AK5 with AK3 (segment: tag, position, error 720) and AK4 (element
 * position, error 723), AK9 the group's verdict. The reverse of {@link Acknowledgements#x12}.
 */
final class Ack997 {
  private static final Map<String, AcknowledgementResult> RESULTS =
      Map.of(
          "A", AcknowledgementResult.ACCEPTED,
          "E", AcknowledgementResult.ACCEPTED_WITH_ERRORS,
          "P", AcknowledgementResult.PARTIALLY_ACCEPTED,
          "R", AcknowledgementResult.REJECTED,
          "M", AcknowledgementResult.REJECTED,
          "W", AcknowledgementResult.REJECTED,
          "X", AcknowledgementResult.REJECTED);

  private Ack997() {}

  static FunctionalAcknowledgement read(Body body) {
    Segment ak1 = body.require("AK1");
    String group = Body.text(ak1, 1);
    String groupControl = Body.text(ak1, 2);
    List<AcknowledgedTransaction> transactions = new ArrayList<>();
    TransactionRef ref = null;
    List<EdiError> errors = new ArrayList<>();
    Segment ak3 = null;
    boolean ak3Detailed = false;
    for (Segment s : body.content()) {
      switch (s.tag()) {
        case "AK2" -> {
          ref =
              new TransactionRef(
                  group, groupControl, Body.text(s, 1), Body.optional(s, 3), Body.text(s, 2));
          errors = new ArrayList<>();
          ak3 = null;
        }
        case "AK3" -> {
          requireOpen(s, ref);
          flushSegment(ak3, ak3Detailed, ref, errors);
          ak3 = s;
          ak3Detailed = false;
        }
        case "AK4" -> {
          if (ak3 == null) {
            throw Body.error(s, 0, 0, EdiErrorKind.UNEXPECTED_SEGMENT, "AK4 without its AK3");
          }
          ak3Detailed = true;
          String code = s.el(3);
          errors.add(
              new EdiError(
                  Body.text(ak3, 1),
                  0,
                  position(ak3, 2, 1),
                  position(s, 1, 1),
                  position(s, 1, 2),
                  elementKind(code),
                  "partner reports data element error " + code,
                  ref));
        }
        case "AK5" -> {
          requireOpen(s, ref);
          flushSegment(ak3, ak3Detailed, ref, errors);
          ak3 = null;
          transactions.add(new AcknowledgedTransaction(ref, Body.code(s, 1, 1, RESULTS), errors));
          ref = null;
        }
        default -> {
          // AK1, AK9 are read below
        }
      }
    }
    if (ref != null) {
      throw body.missingSegment("AK5");
    }
    Segment ak9 = body.require("AK9");
    return new FunctionalAcknowledgement(
        EdiStandard.X12,
        null,
        group,
        groupControl,
        Body.code(ak9, 1, 1, RESULTS),
        transactions,
        List.of());
  }

  private static void requireOpen(Segment s, TransactionRef ref) {
    if (ref == null) {
      throw Body.error(s, 0, 0, EdiErrorKind.UNEXPECTED_SEGMENT, s.tag() + " outside an AK2 loop");
    }
  }

  /** An AK3 without AK4 detail is a segment-level error. */
  private static void flushSegment(
      Segment ak3, boolean detailed, TransactionRef ref, List<EdiError> errors) {
    if (ak3 == null || detailed) {
      return;
    }
    String code = ak3.el(4);
    errors.add(
        new EdiError(
            Body.text(ak3, 1),
            0,
            position(ak3, 2, 1),
            0,
            0,
            segmentKind(code),
            "partner reports segment error " + code,
            ref));
  }

  private static int position(Segment s, int element, int component) {
    if (s.comp(element, component).isBlank()) {
      return 0;
    }
    BigDecimal n = Body.decimal(s, element, component);
    if (n.signum() <= 0 || n.scale() > 0 || n.compareTo(BigDecimal.valueOf(999_999)) > 0) {
      throw Body.error(
          s,
          element,
          component,
          EdiErrorKind.INVALID_VALUE,
          "'" + n.toPlainString() + "' is not a position");
    }
    return n.intValue();
  }

  /** AK304 (720). */
  private static EdiErrorKind segmentKind(String code) {
    return switch (code) {
      case "3" -> EdiErrorKind.MISSING_SEGMENT;
      case "1", "2", "4", "5", "6", "7" -> EdiErrorKind.UNEXPECTED_SEGMENT;
      default -> EdiErrorKind.INVALID_VALUE;
    };
  }

  /** AK403 (723). */
  private static EdiErrorKind elementKind(String code) {
    return switch (code) {
      case "1", "2" -> EdiErrorKind.MISSING_ELEMENT;
      case "3" -> EdiErrorKind.TOO_MANY_ELEMENTS;
      case "4" -> EdiErrorKind.TOO_SHORT;
      case "5" -> EdiErrorKind.TOO_LONG;
      default -> EdiErrorKind.INVALID_VALUE;
    };
  }
}
