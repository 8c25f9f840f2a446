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
 * Reads a partner's CONTRL (syntax and service report, the EDIFACT functional acknowledgement): UCI
 * the interchange with its action (0083: {@code 4} rejected, {@code 7} accepted, {@code 8}
 * received) and envelope error (0085, 0013, S011); per message UCM with its action and error, UCS
 * the erroneous segment's position (0096) and error, UCD the erroneous element (S011) and error.
 * The CONTRL is written by {@link Acknowledgements#contrl}; this is its reverse.
 */
final class Contrl {
  private static final Map<String, AcknowledgementResult> INTERCHANGE_ACTIONS =
      Map.of(
          "4", AcknowledgementResult.REJECTED,
          "7", AcknowledgementResult.ACCEPTED,
          "8", AcknowledgementResult.RECEIVED);
  private static final Map<String, AcknowledgementResult> MESSAGE_ACTIONS =
      Map.of("4", AcknowledgementResult.REJECTED, "7", AcknowledgementResult.ACCEPTED);

  private Contrl() {}

  static FunctionalAcknowledgement read(Body body) {
    Segment uci = body.require("UCI");
    AcknowledgementResult result = Body.code(uci, 4, 1, INTERCHANGE_ACTIONS);
    List<EdiError> envelope = new ArrayList<>();
    if (uci.has(5)) {
      String tag = uci.has(6) ? uci.el(6) : "UNB";
      envelope.add(
          new EdiError(
              tag,
              0,
              0,
              position(uci, 7, 1),
              position(uci, 7, 2),
              kind(uci.el(5), uci.has(7), true),
              describe(uci.el(5)),
              null));
    }
    List<AcknowledgedTransaction> messages = new ArrayList<>();
    Segment ucm = null;
    TransactionRef ref = null;
    List<EdiError> errors = new ArrayList<>();
    EdiError messageError = null;
    int segment = 0;
    for (Segment s : body.content()) {
      switch (s.tag()) {
        case "UCM" -> {
          if (ucm != null) {
            messages.add(message(ucm, ref, errors, messageError));
          }
          ucm = s;
          String version = s.comp(2, 2) + ":" + s.comp(2, 3);
          ref = new TransactionRef(null, null, Body.comp(s, 2, 1), version, Body.text(s, 1));
          errors = new ArrayList<>();
          segment = 0;
          String tag = s.has(5) ? s.el(5) : "UNH";
          messageError =
              !s.has(4)
                  ? null
                  : new EdiError(
                      tag,
                      0,
                      tag.equals("UNH") ? 1 : 0,
                      position(s, 6, 1),
                      position(s, 6, 2),
                      kind(s.el(4), s.has(6), false),
                      describe(s.el(4)),
                      ref);
        }
        case "UCS" -> {
          if (ucm == null) {
            throw Body.error(s, 0, 0, EdiErrorKind.UNEXPECTED_SEGMENT, "UCS before any UCM");
          }
          segment = position(s, 1, 1);
          if (s.has(2)) {
            errors.add(
                new EdiError(
                    "?", 0, segment, 0, 0, kind(s.el(2), false, false), describe(s.el(2)), ref));
          }
        }
        case "UCD" -> {
          if (ucm == null || segment == 0) {
            throw Body.error(s, 0, 0, EdiErrorKind.UNEXPECTED_SEGMENT, "UCD without its UCS");
          }
          errors.add(
              new EdiError(
                  "?",
                  0,
                  segment,
                  position(s, 2, 1),
                  position(s, 2, 2),
                  kind(Body.text(s, 1), true, false),
                  describe(s.el(1)),
                  ref));
        }
        default -> {
          // UCF (functional groups) are not used by this module's interchanges
        }
      }
    }
    if (ucm != null) {
      messages.add(message(ucm, ref, errors, messageError));
    }
    return new FunctionalAcknowledgement(
        EdiStandard.EDIFACT, Body.text(uci, 1), null, null, result, messages, envelope);
  }

  /**
   * The message's report; the UCM's own error counts only when no UCS/UCD details it (writers such
   * as {@link Acknowledgements#contrl} repeat the first detailed error there as a summary).
   */
  private static AcknowledgedTransaction message(
      Segment ucm, TransactionRef ref, List<EdiError> errors, EdiError messageError) {
    List<EdiError> all = errors;
    if (errors.isEmpty() && messageError != null) {
      all = List.of(messageError);
    }
    return new AcknowledgedTransaction(ref, Body.code(ucm, 3, 1, MESSAGE_ACTIONS), all);
  }

  private static int position(Segment s, int element, int component) {
    if (s.comp(element, component).isBlank()) {
      return 0;
    }
    BigDecimal n = Body.decimal(s, element, component);
    if (n.signum() <= 0 || n.scale() > 0 || n.compareTo(BigDecimal.valueOf(99_999)) > 0) {
      throw Body.error(
          s,
          element,
          component,
          EdiErrorKind.INVALID_VALUE,
          "'" + n.toPlainString() + "' is not a position");
    }
    return n.intValue();
  }

  /**
   * The kind of a syntax error code (0085): 13 is a missing element or segment, 17 (no agreement)
   * an unknown party in the envelope and an unsupported message elsewhere.
   */
  static EdiErrorKind kind(String code, boolean element, boolean envelope) {
    return switch (code) {
      case "13" -> element ? EdiErrorKind.MISSING_ELEMENT : EdiErrorKind.MISSING_SEGMENT;
      case "15", "35", "36" -> EdiErrorKind.UNEXPECTED_SEGMENT;
      case "16" -> EdiErrorKind.TOO_MANY_ELEMENTS;
      case "17" -> envelope ? EdiErrorKind.UNKNOWN_PARTY : EdiErrorKind.UNSUPPORTED_TRANSACTION;
      case "2", "18", "20", "22" -> EdiErrorKind.SYNTAX;
      case "7", "23" -> EdiErrorKind.UNKNOWN_PARTY;
      case "28", "29" -> EdiErrorKind.CONTROL_MISMATCH;
      case "39" -> EdiErrorKind.TOO_LONG;
      case "40" -> EdiErrorKind.TOO_SHORT;
      default -> EdiErrorKind.INVALID_VALUE;
    };
  }

  private static String describe(String code) {
    String text =
        switch (code) {
          case "2" -> "syntax version or level not supported";
          case "7" -> "interchange recipient not actual recipient";
          case "12" -> "invalid value";
          case "13" -> "missing";
          case "14" -> "value not supported in this position";
          case "15" -> "not supported in this position";
          case "16" -> "too many constituents";
          case "17" -> "no agreement";
          case "18" -> "unspecified error";
          case "21" -> "invalid character(s)";
          case "23" -> "unknown interchange sender";
          case "26" -> "duplicate detected";
          case "28" -> "references do not match";
          case "29" -> "control count does not match number of instances received";
          case "35" -> "too many repetitions";
          case "37" -> "invalid type of character(s)";
          case "39" -> "data element too long";
          case "40" -> "data element too short";
          default -> "error";
        };
    return "partner reports syntax error " + code + " (" + text + ")";
  }
}
