package io.github.odooconnector.escalation.edi;

import io.github.odooconnector.edi.api.AcknowledgedTransaction;
import io.github.odooconnector.edi.api.AcknowledgementResult;
import io.github.odooconnector.edi.api.EdiError;
import io.github.odooconnector.edi.api.EdiRejectedException;
import io.github.odooconnector.edi.api.FunctionalAcknowledgement;
import io.github.odooconnector.edi.api.InterchangeHeader;
import io.github.odooconnector.edi.api.TradingPartner;
import io.github.odooconnector.edi.api.TransactionRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One rejected EDI interchange, as {@link EdiEscalation} escalates it: which partner, which way,
 * which interchange, what was wrong, and (when the host knows it) the purchase order or picking it
 * was about.
 *
 * <p>Immutable and thread-safe. Create with {@link #received(TradingPartner, EdiRejectedException)}
 * or {@link #rejectedByPartner(TradingPartner, String, List)}, then name the record with {@link
 * #aboutPurchaseOrder(String)} or {@link #aboutPicking(String)} if there is one.
 *
 * @param partner the trading partner
 * @param direction which side rejected
 * @param interchangeControlNumber the rejected interchange's control number (ISA13, UNB 0020), or
 *     null when its envelope could not be read
 * @param transactions the transactions in it, one readable line each ({@code 855 #0001})
 * @param errors what was wrong, one readable line each
 * @param purchaseOrder the name of the purchase order it is about ({@code P00017}), or null
 * @param picking the name of the picking it is about ({@code WH/IN/00005}), or null
 */
public record EdiRejection(
    TradingPartner partner,
    Direction direction,
    String interchangeControlNumber,
    List<String> transactions,
    List<String> errors,
    String purchaseOrder,
    String picking) {

  /** Which side rejected the interchange. Enum constants are immutable and thread-safe. */
  public enum Direction {
    /** We rejected an interchange the partner sent ({@code EdiTranslator.read} threw). */
    RECEIVED,
    /** The partner rejected an interchange we sent, in its 997 or CONTRL. */
    SENT
  }

  /**
   * Checks and copies.
   *
   * @param partner see the record description
   * @param direction see the record description
   * @param interchangeControlNumber see the record description
   * @param transactions see the record description
   * @param errors see the record description
   * @param purchaseOrder see the record description
   * @param picking see the record description
   */
  public EdiRejection {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(direction, "direction");
    if (interchangeControlNumber != null && interchangeControlNumber.isBlank()) {
      interchangeControlNumber = null;
    }
    transactions = List.copyOf(transactions);
    errors = List.copyOf(errors);
    if (interchangeControlNumber == null && errors.isEmpty()) {
      throw new IllegalArgumentException(
          "a rejection needs the interchange control number or its errors");
    }
  }

  /**
   * A partner's interchange that {@code EdiTranslator.read} rejected.
   *
   * @param partner who sent it
   * @param rejected what {@code read} threw
   * @return the rejection, about no record yet
   */
  public static EdiRejection received(TradingPartner partner, EdiRejectedException rejected) {
    Objects.requireNonNull(rejected, "rejected");
    return new EdiRejection(
        partner,
        Direction.RECEIVED,
        rejected.header().map(InterchangeHeader::controlNumber).orElse(null),
        rejected.transactions().stream().map(EdiRejection::describe).toList(),
        rejected.errors().stream().map(EdiError::toString).toList(),
        null,
        null);
  }

  /**
   * An interchange of ours that the partner rejected in its functional acknowledgement (997 {@code
   * AK9*R} / {@code AK5*R}, CONTRL {@code UCI} action 4).
   *
   * @param partner who rejected it
   * @param ourControlNumber the control number of our interchange the acknowledgement refers to
   * @param reasons what the partner reported, one readable line each (may be empty)
   * @return the rejection, about no record yet
   */
  public static EdiRejection rejectedByPartner(
      TradingPartner partner, String ourControlNumber, List<String> reasons) {
    Objects.requireNonNull(ourControlNumber, "ourControlNumber");
    return new EdiRejection(
        partner, Direction.SENT, ourControlNumber, List.of(), reasons, null, null);
  }

  /**
   * An interchange or group of ours that the partner rejected, straight from the functional
   * acknowledgement {@code EdiTranslator.read} returned for the partner's 997 or CONTRL. The
   * control number is the acknowledged interchange's (CONTRL UCI 0020) or, for a 997, which names
   * only the group, {@code GS <group control number>} (AK102); the rejected and erroneous
   * transactions and every reported error position become the reasons.
   *
   * @param partner who sent the acknowledgement
   * @param acknowledgement the partner's acknowledgement
   * @return the rejection, about no record yet
   * @throws IllegalArgumentException when the acknowledgement accepted everything (nothing to
   *     escalate)
   */
  public static EdiRejection rejectedByPartner(
      TradingPartner partner, FunctionalAcknowledgement acknowledgement) {
    Objects.requireNonNull(acknowledgement, "acknowledgement");
    AcknowledgementResult result = acknowledgement.result();
    if (result == AcknowledgementResult.ACCEPTED || result == AcknowledgementResult.RECEIVED) {
      throw new IllegalArgumentException(
          "the partner's functional acknowledgement is "
              + result
              + ", nothing was rejected: escalate only acknowledgements that are not ACCEPTED");
    }
    String control =
        acknowledgement
            .optionalInterchangeControlNumber()
            .or(() -> acknowledgement.optionalGroupControlNumber().map(g -> "GS " + g))
            .orElse(null);
    List<String> transactions = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    acknowledgement.errors().forEach(e -> errors.add(e.toString()));
    for (AcknowledgedTransaction t : acknowledgement.transactions()) {
      if (t.result() != AcknowledgementResult.ACCEPTED) {
        transactions.add(describe(t.transaction()) + " " + t.result());
      }
      t.errors().forEach(e -> errors.add(e.toString()));
    }
    if (errors.isEmpty()) {
      errors.add("the partner reported " + result + " without error positions");
    }
    return new EdiRejection(partner, Direction.SENT, control, transactions, errors, null, null);
  }

  /**
   * This rejection, about a purchase order (the activity goes there).
   *
   * @param name the order's name, for example {@code P00017}
   * @return the new rejection
   */
  public EdiRejection aboutPurchaseOrder(String name) {
    return new EdiRejection(
        partner,
        direction,
        interchangeControlNumber,
        transactions,
        errors,
        Objects.requireNonNull(name, "name"),
        picking);
  }

  /**
   * This rejection, about a picking (the activity goes there unless a purchase order is named).
   *
   * @param name the picking's name, for example {@code WH/IN/00005}
   * @return the new rejection
   */
  public EdiRejection aboutPicking(String name) {
    return new EdiRejection(
        partner,
        direction,
        interchangeControlNumber,
        transactions,
        errors,
        purchaseOrder,
        Objects.requireNonNull(name, "name"));
  }

  /**
   * The interchange control number, if the envelope was read.
   *
   * @return the control number
   */
  public Optional<String> optionalInterchangeControlNumber() {
    return Optional.ofNullable(interchangeControlNumber);
  }

  /**
   * The purchase order named, if any.
   *
   * @return the order's name
   */
  public Optional<String> optionalPurchaseOrder() {
    return Optional.ofNullable(purchaseOrder);
  }

  /**
   * The picking named, if any.
   *
   * @return the picking's name
   */
  public Optional<String> optionalPicking() {
    return Optional.ofNullable(picking);
  }

  private static String describe(TransactionRef t) {
    return t.code() + " #" + t.controlNumber();
  }
}
