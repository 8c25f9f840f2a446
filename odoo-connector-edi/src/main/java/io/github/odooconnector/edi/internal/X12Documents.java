package io.github.odooconnector.edi.internal;

import io.github.odooconnector.edi.api.EdiDocument;
import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.edi.api.EdiStandard;
import io.github.odooconnector.edi.api.EdiTransaction;
import java.time.ZonedDateTime;
import java.util.List;

/** X12 mappings other than the 856: not implemented yet, every call fails with a typed error. */
final class X12Documents {
  private X12Documents() {}

  static List<Segment> write(EdiDocument doc, ZonedDateTime now) {
    throw Mappers.unsupported(EdiStandard.X12, doc.transaction());
  }

  static Object read(EdiTransaction t, Body body) {
    throw Body.error(
        body.header(),
        1,
        0,
        EdiErrorKind.UNSUPPORTED_TRANSACTION,
        "transaction " + t + " is not mapped yet (only the 856/DESADV is)");
  }
}
