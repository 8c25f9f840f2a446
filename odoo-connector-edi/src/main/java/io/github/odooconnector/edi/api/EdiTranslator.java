package io.github.odooconnector.edi.api;

import io.github.odooconnector.edi.internal.Acknowledgements;
import io.github.odooconnector.edi.internal.EdiParser;
import io.github.odooconnector.edi.internal.EdiWriter;
import io.github.odooconnector.edi.internal.EdiWriter.OutTransaction;
import io.github.odooconnector.edi.internal.Mappers;
import io.github.odooconnector.edi.internal.MappingException;
import io.github.odooconnector.edi.internal.ParsedInterchange;
import io.github.odooconnector.edi.internal.Segment;
import io.github.odooconnector.edi.spi.ControlNumberSource;
import io.github.odooconnector.model.CanonicalValidator;
import io.github.odooconnector.model.CanonicalViolation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes X12 and EDIFACT interchanges as canonical documents, and produces the 997 /
 * CONTRL functional acknowledgements for what it received.
 *
 * <ul>
 *   <li>{@link #write} maps documents to transaction sets and wraps them in an envelope with fresh
 *       control numbers from the configured {@link ControlNumberSource}.
 *   <li>{@link #read} parses and validates the <em>whole</em> interchange (envelope syntax, counts
 *       and control numbers, partner identities, every transaction's mapping and the canonical
 *       constraints of every document) before returning anything: either every document or an
 *       {@link EdiRejectedException} listing every problem with its segment and element position.
 *   <li>{@link #acknowledge(TradingPartner, ReceivedInterchange)} and {@link
 *       #acknowledge(TradingPartner, EdiRejectedException)} answer the partner.
 * </ul>
 *
 * <p>Partner specifics (ids, qualifiers, version, separators) come from the {@link TradingPartner}
 * passed to each call. Thread-safe: one instance serves all partners and threads.
 */
public final class EdiTranslator {
  private static final long X12_MAX = 999_999_999L;
  private static final long EDIFACT_MAX = 99_999_999_999_999L;

  private final ControlNumberSource controlNumbers;
  private final Clock clock;

  private EdiTranslator(Builder b) {
    this.controlNumbers = Objects.requireNonNull(b.controlNumbers, "controlNumbers");
    this.clock = b.clock;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes one document as one interchange.
   *
   * @param partner who it is for
   * @param document what to send
   * @return the interchange
   * @throws EdiWriteException if the document cannot be expressed for this partner
   */
  public OutboundInterchange write(TradingPartner partner, EdiDocument document) {
    return write(partner, List.of(document));
  }

  /**
   * Writes documents as one interchange (X12: one functional group per transaction type).
   *
   * @param partner who it is for
   * @param documents what to send, at least one
   * @return the interchange
   * @throws EdiWriteException if a document cannot be expressed for this partner; no control number
   *     is consumed then
   */
  public OutboundInterchange write(TradingPartner partner, List<EdiDocument> documents) {
    Objects.requireNonNull(partner, "partner");
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("nothing to write");
    }
    ZonedDateTime now = EdiWriter.utc(clock.instant());
    List<List<Segment>> bodies = new ArrayList<>();
    for (EdiDocument d : documents) {
      if (d.transaction() == EdiTransaction.FUNCTIONAL_ACKNOWLEDGEMENT) {
        throw new EdiWriteException(
            "functional acknowledgements are written by acknowledge(...), not write(...)");
      }
      if (d.transaction().code(partner.standard()).isEmpty()) {
        throw new EdiWriteException(
            d.transaction()
                + " has no "
                + partner.standard()
                + " message; partner "
                + partner.name());
      }
      List<CanonicalViolation> violations = CanonicalValidator.validate(d.content());
      if (!violations.isEmpty()) {
        throw new EdiWriteException("invalid " + d.transaction() + " document: " + violations);
      }
      bodies.add(Mappers.write(partner, d, now));
    }
    List<OutTransaction> txs = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      EdiTransaction t = documents.get(i).transaction();
      txs.add(
          new OutTransaction(
              t.code(partner.standard()).orElseThrow(),
              t.x12FunctionalGroup(),
              transactionNumber(partner),
              null,
              bodies.get(i)));
    }
    return envelope(partner, now, txs);
  }

  private OutboundInterchange envelope(
      TradingPartner partner, ZonedDateTime now, List<OutTransaction> txs) {
    Map<String, String> groups = new LinkedHashMap<>();
    if (partner.standard() == EdiStandard.X12) {
      for (OutTransaction t : txs) {
        if (!groups.containsKey(t.functionalGroup())) {
          groups.put(t.functionalGroup(), String.valueOf(next(partner, "group", X12_MAX)));
        }
      }
    }
    long interchange =
        next(partner, "interchange", partner.standard() == EdiStandard.X12 ? X12_MAX : EDIFACT_MAX);
    String control =
        partner.standard() == EdiStandard.X12
            ? String.format("%09d", interchange)
            : String.valueOf(interchange);
    String content = EdiWriter.write(partner, now, control, groups, txs);
    return new OutboundInterchange(
        partner.standard(),
        content,
        control,
        txs.stream().map(OutTransaction::controlNumber).toList());
  }

  private String transactionNumber(TradingPartner partner) {
    long n =
        next(partner, "transaction", partner.standard() == EdiStandard.X12 ? X12_MAX : EDIFACT_MAX);
    return partner.standard() == EdiStandard.X12 ? String.format("%04d", n) : String.valueOf(n);
  }

  private long next(TradingPartner partner, String kind, long max) {
    String sequence =
        "edi/"
            + partner.standard().name().toLowerCase(Locale.ROOT)
            + "/"
            + partner.ourId()
            + "/"
            + partner.partnerId()
            + "/"
            + kind;
    long n = controlNumbers.next(sequence);
    if (n < 1 || n > max) {
      throw new EdiWriteException(
          "control number sequence "
              + sequence
              + " is exhausted ("
              + n
              + " > "
              + max
              + "); numbers are never reused, start a new sequence with the partner");
    }
    return n;
  }

  /**
   * Reads an interchange received from a partner.
   *
   * @param partner who it is from (its ids must match the envelope's sender and receiver)
   * @param interchange the interchange text
   * @return every document, if the whole interchange is valid
   * @throws EdiRejectedException listing every problem, if anything is wrong; nothing is returned
   *     then
   */
  public ReceivedInterchange read(TradingPartner partner, String interchange) {
    return read(partner, interchange.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads an interchange received from a partner.
   *
   * @param partner who it is from (its ids must match the envelope's sender and receiver)
   * @param interchange the interchange bytes
   * @return every document, if the whole interchange is valid
   * @throws EdiRejectedException listing every problem, if anything is wrong; nothing is returned
   *     then
   */
  public ReceivedInterchange read(TradingPartner partner, byte[] interchange) {
    Objects.requireNonNull(partner, "partner");
    ParsedInterchange parsed = EdiParser.parse(interchange);
    List<EdiError> errors = new ArrayList<>(parsed.errors());
    InterchangeHeader header = parsed.header();
    if (header == null) {
      if (errors.isEmpty()) {
        errors.add(
            new EdiError("ISA", 1, 0, 0, 0, EdiErrorKind.SYNTAX, "no interchange header", null));
      }
    } else {
      checkParties(partner, header, errors);
    }
    List<TransactionRef> refs = new ArrayList<>();
    List<ReceivedDocument> documents = new ArrayList<>();
    for (ParsedInterchange.Transaction t : parsed.transactions()) {
      refs.add(t.ref());
      Segment head = t.body().header();
      Optional<EdiTransaction> type = EdiTransaction.fromCode(parsed.standard(), t.ref().code());
      if (type.isEmpty()) {
        errors.add(
            error(
                head,
                t.ref(),
                parsed.standard() == EdiStandard.X12 ? 1 : 2,
                1,
                EdiErrorKind.UNSUPPORTED_TRANSACTION,
                "transaction " + t.ref().code() + " is not supported"));
        continue;
      }
      try {
        Object content = Mappers.read(partner, parsed.standard(), type.get(), t.body());
        List<CanonicalViolation> violations = CanonicalValidator.validate(content);
        for (CanonicalViolation v : violations) {
          errors.add(error(head, t.ref(), 0, 0, EdiErrorKind.INVALID_VALUE, "document: " + v));
        }
        if (violations.isEmpty()) {
          documents.add(new ReceivedDocument(t.ref(), new EdiDocument(type.get(), content)));
        }
      } catch (MappingException e) {
        Segment s = e.segment();
        errors.add(
            new EdiError(
                e.segmentTag(),
                s.position(),
                s.transactionPosition(),
                e.element(),
                e.component(),
                e.kind(),
                e.getMessage(),
                t.ref()));
      } catch (RuntimeException e) {
        errors.add(
            error(
                head, t.ref(), 0, 0, EdiErrorKind.INVALID_VALUE, "cannot map: " + e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw new EdiRejectedException(header, refs, errors);
    }
    return new ReceivedInterchange(header, documents);
  }

  private static EdiError error(
      Segment s, TransactionRef ref, int element, int component, EdiErrorKind kind, String m) {
    return new EdiError(
        s.tag(), s.position(), s.transactionPosition(), element, component, kind, m, ref);
  }

  private static void checkParties(
      TradingPartner partner, InterchangeHeader header, List<EdiError> errors) {
    boolean x12 = header.standard() == EdiStandard.X12;
    String tag = x12 ? "ISA" : "UNB";
    int position = x12 ? 1 : header.standard() == EdiStandard.EDIFACT ? 1 : 1;
    if (header.standard() != partner.standard()) {
      errors.add(
          new EdiError(
              tag,
              position,
              0,
              0,
              0,
              EdiErrorKind.UNKNOWN_PARTY,
              "partner "
                  + partner.name()
                  + " exchanges "
                  + partner.standard()
                  + ", not "
                  + header.standard(),
              null));
      return;
    }
    if (!header.senderId().equals(partner.partnerId())) {
      errors.add(
          new EdiError(
              tag,
              position,
              0,
              x12 ? 6 : 2,
              x12 ? 0 : 1,
              EdiErrorKind.UNKNOWN_PARTY,
              "sender '"
                  + header.senderId()
                  + "' is not partner "
                  + partner.name()
                  + " ('"
                  + partner.partnerId()
                  + "')",
              null));
    }
    if (!header.receiverId().equals(partner.ourId())) {
      errors.add(
          new EdiError(
              tag,
              position,
              0,
              x12 ? 8 : 3,
              x12 ? 0 : 1,
              EdiErrorKind.UNKNOWN_PARTY,
              "receiver '" + header.receiverId() + "' is not us ('" + partner.ourId() + "')",
              null));
    }
  }

  /**
   * Acknowledges an accepted interchange: a 997 per functional group (X12) or a CONTRL (EDIFACT)
   * saying every transaction was accepted.
   *
   * <p>Functional acknowledgements in the interchange (a partner's 997 or CONTRL) are never
   * acknowledged themselves.
   *
   * @param partner who to answer
   * @param received what {@link #read} returned
   * @return the acknowledgement interchange
   * @throws EdiWriteException if the interchange carries only functional acknowledgements
   */
  public OutboundInterchange acknowledge(TradingPartner partner, ReceivedInterchange received) {
    List<TransactionRef> acknowledged =
        received.documents().stream()
            .filter(d -> d.document().transaction() != EdiTransaction.FUNCTIONAL_ACKNOWLEDGEMENT)
            .map(ReceivedDocument::transaction)
            .toList();
    if (acknowledged.isEmpty() && !received.documents().isEmpty()) {
      throw new EdiWriteException(
          "interchange "
              + received.header().controlNumber()
              + " carries only functional acknowledgements, which are never acknowledged");
    }
    return acknowledge(partner, received.header(), acknowledged, List.of());
  }

  /**
   * Acknowledges a rejected interchange: a 997 (X12) or CONTRL (EDIFACT) rejecting it, naming each
   * erroneous segment (AK3/UCS) and element (AK4/UCD).
   *
   * @param partner who to answer
   * @param rejected what {@link #read} threw
   * @return the acknowledgement interchange
   * @throws EdiWriteException if the envelope was unreadable, so there is nothing to refer to
   */
  public OutboundInterchange acknowledge(TradingPartner partner, EdiRejectedException rejected) {
    InterchangeHeader header =
        rejected
            .header()
            .orElseThrow(
                () ->
                    new EdiWriteException(
                        "cannot acknowledge an interchange whose envelope is unreadable: "
                            + rejected.getMessage()));
    return acknowledge(partner, header, rejected.transactions(), rejected.errors());
  }

  private OutboundInterchange acknowledge(
      TradingPartner partner,
      InterchangeHeader header,
      List<TransactionRef> transactions,
      List<EdiError> errors) {
    ZonedDateTime now = EdiWriter.utc(clock.instant());
    List<OutTransaction> txs = new ArrayList<>();
    if (partner.standard() == EdiStandard.X12) {
      List<Acknowledgements.GroupAck> acks = Acknowledgements.x12(transactions, errors);
      if (acks.isEmpty()) {
        throw new EdiWriteException(
            "the interchange has no functional group to acknowledge with a 997");
      }
      for (Acknowledgements.GroupAck ack : acks) {
        txs.add(new OutTransaction("997", "FA", transactionNumber(partner), null, ack.body()));
      }
    } else {
      txs.add(
          new OutTransaction(
              "CONTRL",
              null,
              transactionNumber(partner),
              "D:3",
              Acknowledgements.contrl(header, transactions, errors)));
    }
    return envelope(partner, now, txs);
  }

  /** Builder for {@link EdiTranslator}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private ControlNumberSource controlNumbers;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets where control numbers come from (required). Use a durable source shared by every writer
     * of the same partner, such as {@code JdbcControlNumberSource}.
     *
     * @param controlNumbers the source
     * @return this builder
     */
    public Builder controlNumbers(ControlNumberSource controlNumbers) {
      this.controlNumbers = controlNumbers;
      return this;
    }

    /**
     * Sets the clock for envelope and document dates (default: system UTC).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the translator.
     *
     * @return the translator
     * @throws NullPointerException if no control number source was set
     */
    public EdiTranslator build() {
      return new EdiTranslator(this);
    }
  }
}
