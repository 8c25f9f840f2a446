package io.github.odooconnector.edi.internal;

import io.github.odooconnector.edi.api.EdiError;
import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.edi.api.InterchangeHeader;
import io.github.odooconnector.edi.api.TransactionRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds 997 and CONTRL bodies. An interchange with any error is rejected as a whole (nothing of it
 * was applied), so every transaction is reported rejected; the erroneous ones carry the segment and
 * element detail.
 */
public final class Acknowledgements {
  private Acknowledgements() {}

  /** The 997 body acknowledging one received functional group. */
  public record GroupAck(String functionalGroup, String controlNumber, List<Segment> body) {}

  /** One 997 per received functional group. */
  public static List<GroupAck> x12(List<TransactionRef> transactions, List<EdiError> errors) {
    boolean rejected = !errors.isEmpty();
    Map<String, List<TransactionRef>> groups = new LinkedHashMap<>();
    for (TransactionRef t : transactions) {
      groups
          .computeIfAbsent(
              t.functionalGroup() + "\u0000" + t.groupControlNumber(), k -> new ArrayList<>())
          .add(t);
    }
    List<GroupAck> result = new ArrayList<>();
    for (List<TransactionRef> group : groups.values()) {
      TransactionRef first = group.get(0);
      List<Segment> body = new ArrayList<>();
      body.add(Segment.of("AK1", first.functionalGroup(), first.groupControlNumber()));
      for (TransactionRef t : group) {
        body.add(Segment.of("AK2", t.code(), t.controlNumber()));
        List<EdiError> own = errorsOf(t, errors);
        for (EdiError e : own) {
          String tag = e.segmentTag().split("[*+ ]")[0];
          body.add(
              Segment.of(
                  "AK3",
                  tag.length() > 3 ? tag.substring(0, 3) : tag,
                  Math.max(1, e.transactionSegmentPosition()),
                  null,
                  ak3(e)));
          if (e.elementPosition() > 0) {
            body.add(
                Segment.of(
                    "AK4",
                    e.componentPosition() > 0
                        ? Segment.c(e.elementPosition(), e.componentPosition())
                        : e.elementPosition(),
                    null,
                    ak4(e)));
          }
        }
        body.add(
            rejected ? Segment.of("AK5", "R", own.isEmpty() ? null : "5") : Segment.of("AK5", "A"));
      }
      body.add(
          Segment.of(
              "AK9",
              rejected ? "R" : "A",
              group.size(),
              group.size(),
              rejected ? 0 : group.size()));
      result.add(new GroupAck(first.functionalGroup(), first.groupControlNumber(), body));
    }
    return result;
  }

  /** A CONTRL body acknowledging or rejecting the interchange and each message. */
  public static List<Segment> contrl(
      InterchangeHeader header, List<TransactionRef> transactions, List<EdiError> errors) {
    boolean rejected = !errors.isEmpty();
    List<Segment> body = new ArrayList<>();
    EdiError envelopeError =
        errors.stream().filter(e -> e.transaction() == null).findFirst().orElse(null);
    body.add(
        Segment.of(
            "UCI",
            header.controlNumber(),
            Segment.c(header.senderId(), header.senderQualifier()),
            Segment.c(header.receiverId(), header.receiverQualifier()),
            rejected ? "4" : "7",
            envelopeError == null ? null : code0085(envelopeError),
            envelopeError == null ? null : envelopeError.segmentTag(),
            envelopeError == null || envelopeError.elementPosition() == 0
                ? null
                : Segment.c(envelopeError.elementPosition(), component(envelopeError))));
    for (TransactionRef t : transactions) {
      List<EdiError> own = errorsOf(t, errors);
      String[] version = t.version().split(":");
      body.add(
          Segment.of(
              "UCM",
              t.controlNumber(),
              Segment.c(t.code(), version[0], version.length > 1 ? version[1] : "", "UN"),
              rejected ? "4" : "7",
              own.isEmpty() ? null : code0085(own.get(0))));
      for (EdiError e : own) {
        body.add(
            Segment.of(
                "UCS",
                Math.max(1, e.transactionSegmentPosition()),
                e.elementPosition() == 0 ? code0085(e) : null));
        if (e.elementPosition() > 0) {
          body.add(Segment.of("UCD", code0085(e), Segment.c(e.elementPosition(), component(e))));
        }
      }
    }
    return body;
  }

  private static String component(EdiError e) {
    return e.componentPosition() > 0 ? String.valueOf(e.componentPosition()) : null;
  }

  private static List<EdiError> errorsOf(TransactionRef t, List<EdiError> errors) {
    return errors.stream().filter(e -> Objects.equals(e.transaction(), t)).toList();
  }

  static String ak3(EdiError e) {
    return switch (e.kind()) {
      case MISSING_SEGMENT -> "3";
      case UNEXPECTED_SEGMENT -> "2";
      default -> "8";
    };
  }

  static String ak4(EdiError e) {
    return switch (e.kind()) {
      case MISSING_ELEMENT -> "1";
      case TOO_MANY_ELEMENTS -> "3";
      case TOO_SHORT -> "4";
      case TOO_LONG -> "5";
      default -> "7";
    };
  }

  static String code0085(EdiError e) {
    EdiErrorKind k = e.kind();
    return switch (k) {
      case MISSING_SEGMENT, MISSING_ELEMENT -> "13";
      case UNEXPECTED_SEGMENT -> "15";
      case INVALID_VALUE -> "12";
      case TOO_LONG -> "39";
      case TOO_SHORT -> "40";
      case TOO_MANY_ELEMENTS -> "16";
      case CONTROL_MISMATCH -> e.message().contains("count") ? "29" : "28";
      case UNKNOWN_PARTY, UNSUPPORTED_TRANSACTION -> "17";
      case SYNTAX -> "18";
    };
  }
}
