package io.github.odooconnector.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.odooconnector.edi.api.EdiDocument;
import io.github.odooconnector.edi.api.EdiError;
import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.edi.api.EdiRejectedException;
import io.github.odooconnector.edi.api.EdiTranslator;
import io.github.odooconnector.edi.api.TradingPartner;
import io.github.odooconnector.edi.memory.InMemoryControlNumberSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class MalformedInterchangeTest {
  private final EdiTranslator translator =
      EdiTranslator.builder()
          .controlNumbers(InMemoryControlNumberSource.create())
          .clock(EdiSamples.CLOCK)
          .build();

  private String validX12ShipNotice() {
    return translator
        .write(EdiSamples.x12Supplier(), EdiDocument.shipNotice(EdiSamples.packedNotice()))
        .content();
  }

  @Test
  void aNonNumericQuantityRejectsTheInterchangeNamingSegmentAndElement() {
    String malformed = validX12ShipNotice().replace("SN1**20*EA", "SN1**2O*EA");

    EdiRejectedException e =
        catchThrowableOfType(
            EdiRejectedException.class,
            () ->
                translator.read(
                    ShipNoticeRoundTripTest.mirrored(EdiSamples.x12Supplier()), malformed));

    assertThat(e.errors()).hasSize(1);
    EdiError error = e.errors().get(0);
    assertThat(error.segmentTag()).isEqualTo("SN1");
    assertThat(error.elementPosition()).isEqualTo(2);
    assertThat(error.kind()).isEqualTo(EdiErrorKind.INVALID_VALUE);
    assertThat(error.transactionSegmentPosition()).isGreaterThan(1);
    assertThat(error.optionalTransaction())
        .hasValueSatisfying(t -> assertThat(t.code()).isEqualTo("856"));
    assertThat(e.getMessage()).contains("segment SN1", "element 2", "'2O' is not a number");
  }

  @Test
  void aWrongSegmentCountInTheTrailerIsAControlMismatchAtSe01() {
    String content = validX12ShipNotice();
    String se =
        content.substring(content.indexOf("SE*"), content.indexOf('~', content.indexOf("SE*")));
    int count = Integer.parseInt(se.split("\\*")[1]);
    String malformed = content.replace(se, "SE*" + (count + 1) + "*0001");

    EdiRejectedException e =
        catchThrowableOfType(
            EdiRejectedException.class,
            () ->
                translator.read(
                    ShipNoticeRoundTripTest.mirrored(EdiSamples.x12Supplier()), malformed));

    assertThat(e.errors())
        .anySatisfy(
            err -> {
              assertThat(err.segmentTag()).isEqualTo("SE");
              assertThat(err.elementPosition()).isEqualTo(1);
              assertThat(err.kind()).isEqualTo(EdiErrorKind.CONTROL_MISMATCH);
            });
  }

  @Test
  void oneBadTransactionRejectsTheWholeInterchangeSoNothingIsHalfApplied() {
    TradingPartner partner = EdiSamples.x12Supplier();
    String two =
        translator
            .write(
                partner,
                List.of(
                    EdiDocument.shipNotice(EdiSamples.packedNotice()),
                    EdiDocument.shipNotice(EdiSamples.packedNotice())))
            .content();
    // break only the second transaction set
    int second = two.indexOf("ST*856*0002");
    String malformed =
        two.substring(0, second)
            + two.substring(second).replaceFirst("SN1\\*\\*20\\*EA", "SN1**20*XX");

    EdiRejectedException e =
        catchThrowableOfType(
            EdiRejectedException.class,
            () -> translator.read(ShipNoticeRoundTripTest.mirrored(partner), malformed));

    assertThat(e.transactions()).hasSize(2);
    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.transaction().controlNumber()).isEqualTo("0002");
              assertThat(err.segmentTag()).isEqualTo("SN1");
              assertThat(err.elementPosition()).isEqualTo(3);
            });
  }

  @Test
  void anInterchangeFromAnotherSenderIsRejectedAtIsa06() {
    String content = validX12ShipNotice();
    EdiRejectedException e =
        catchThrowableOfType(
            EdiRejectedException.class, () -> translator.read(EdiSamples.x12Supplier(), content));

    assertThat(e.errors())
        .anySatisfy(
            err -> {
              assertThat(err.segmentTag()).isEqualTo("ISA");
              assertThat(err.elementPosition()).isEqualTo(6);
              assertThat(err.kind()).isEqualTo(EdiErrorKind.UNKNOWN_PARTY);
            });
  }

  @Test
  void garbageIsASyntaxErrorWithoutAHeader() {
    EdiRejectedException e =
        catchThrowableOfType(
            EdiRejectedException.class,
            () -> translator.read(EdiSamples.x12Supplier(), "not an interchange"));

    assertThat(e.header()).isEmpty();
    assertThat(e.errors()).extracting(EdiError::kind).contains(EdiErrorKind.SYNTAX);
  }
}
