package io.github.odooconnector.edi.internal;

import io.github.odooconnector.edi.api.EdiDocument;
import io.github.odooconnector.edi.api.EdiStandard;
import io.github.odooconnector.edi.api.EdiTransaction;
import io.github.odooconnector.edi.api.EdiWriteException;
import io.github.odooconnector.edi.api.TradingPartner;
import io.github.odooconnector.model.PackedShipNotice;
import java.time.ZonedDateTime;
import java.util.List;

/** Dispatches documents to the mapper of their transaction and standard. */
public final class Mappers {
  private Mappers() {}

  public static List<Segment> write(EdiStandard standard, EdiDocument doc, ZonedDateTime now) {
    Object c = doc.content();
    if (standard == EdiStandard.X12) {
      return switch (doc.transaction()) {
        case SHIP_NOTICE -> X12ShipNotice.write((PackedShipNotice) c, now);
        default -> X12Documents.write(doc, now);
      };
    }
    return switch (doc.transaction()) {
      case SHIP_NOTICE -> EdifactDespatchAdvice.write((PackedShipNotice) c, now);
      default -> EdifactDocuments.write(doc, now);
    };
  }

  public static Object read(EdiStandard standard, EdiTransaction transaction, Body body) {
    if (standard == EdiStandard.X12) {
      return transaction == EdiTransaction.SHIP_NOTICE
          ? X12ShipNotice.read(body)
          : X12Documents.read(transaction, body);
    }
    return transaction == EdiTransaction.SHIP_NOTICE
        ? EdifactDespatchAdvice.read(body)
        : EdifactDocuments.read(transaction, body);
  }

  /**
   * Like {@link #write(EdiStandard, EdiDocument, ZonedDateTime)}, with the partner's configuration
   * (EDIFACT codes) for the mappers that need it.
   */
  public static List<Segment> write(TradingPartner partner, EdiDocument doc, ZonedDateTime now) {
    if (partner.standard() == EdiStandard.EDIFACT
        && doc.transaction() != EdiTransaction.SHIP_NOTICE) {
      return EdifactDocuments.write(doc, partner.edifactCodes());
    }
    if (partner.standard() == EdiStandard.X12 && doc.transaction() != EdiTransaction.SHIP_NOTICE) {
      return X12Documents.write(doc, now, partner.warehouse());
    }
    return write(partner.standard(), doc, now);
  }

  /**
   * Like {@link #read(EdiStandard, EdiTransaction, Body)}, with the partner's configuration; also
   * reads functional acknowledgements (997 here, CONTRL through {@link EdifactDocuments}).
   */
  public static Object read(
      TradingPartner partner, EdiStandard standard, EdiTransaction transaction, Body body) {
    if (standard == EdiStandard.X12 && transaction == EdiTransaction.FUNCTIONAL_ACKNOWLEDGEMENT) {
      return Ack997.read(body);
    }
    if (standard == EdiStandard.EDIFACT && transaction != EdiTransaction.SHIP_NOTICE) {
      return EdifactDocuments.read(transaction, body, partner.edifactCodes());
    }
    if (standard == EdiStandard.X12 && transaction != EdiTransaction.SHIP_NOTICE) {
      return X12Documents.read(transaction, body, partner.warehouse());
    }
    return read(standard, transaction, body);
  }

  static EdiWriteException unsupported(EdiStandard standard, EdiTransaction t) {
    return new EdiWriteException(t + " has no " + standard + " mapping");
  }
}
