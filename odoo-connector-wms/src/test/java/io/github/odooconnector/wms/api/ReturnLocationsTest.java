package io.github.odooconnector.wms.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.model.ReturnDisposition;
import org.junit.jupiter.api.Test;

/** Where returned goods go per disposition: an immutable value with clear refusals. */
class ReturnLocationsTest {

  @Test
  void noneConfiguresNoLocationAndWithReturnsACopy() {
    ReturnLocations none = ReturnLocations.none();
    ReturnLocations scrap = none.with(ReturnDisposition.SCRAP, "Virtual Locations/Scrap");

    assertThat(none.location(ReturnDisposition.SCRAP)).isEmpty();
    assertThat(scrap.location(ReturnDisposition.SCRAP)).contains("Virtual Locations/Scrap");
    assertThat(scrap.location(ReturnDisposition.QUARANTINE)).isEmpty();
    assertThat(scrap.with(ReturnDisposition.SCRAP, "WH/Scrap").location(ReturnDisposition.SCRAP))
        .contains("WH/Scrap");
  }

  @Test
  void aBlankLocationIsRefusedNamingTheDisposition() {
    assertThatThrownBy(() -> ReturnLocations.none().with(ReturnDisposition.QUARANTINE, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("QUARANTINE");
  }

  @Test
  void theMissingLocationErrorNamesTheReturnAndTheDispositionAndHowToFixIt() {
    ReturnLocationNotConfiguredException e =
        new ReturnLocationNotConfiguredException("RMA-9", ReturnDisposition.SCRAP);

    assertThat(e.disposition()).isEqualTo(ReturnDisposition.SCRAP);
    assertThat(e.isRetryable()).isFalse();
    assertThat(e).hasMessageContaining("RMA-9").hasMessageContaining("returnLocations");
  }
}
