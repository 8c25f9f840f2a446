package io.github.odooconnector.adaptertesting.broken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The suites are not tests that cannot fail: run against adapters with the classic mistakes, the
 * tests for exactly those mistakes fail.
 */
class KitCatchesBrokenAdaptersTest {

  @Test
  void wmsContractFailsAnAdapterThatChangesKeysOrLetsTransportErrorsEscape() {
    assertThat(failedTests(BrokenWmsAdapterRun.class))
        .contains(
            "releaseRepeatedWithTheSameKeyReturnsTheSameConfirmationAndCreatesOneOrder",
            "duplicateShipConfirmationWebhookIsTranslatedToEventsWithTheSameIdempotencyKeys",
            "transientFailureOfReleaseIsRetryableAndTheRetryCreatesExactlyOneOrder")
        .doesNotContain(
            "nameIsStableAndMadeOfLowerCaseLettersDigitsDashesAndUnderscores",
            "malformedMessageIsRefusedWithAPermanentInvalidWmsMessageException");
  }

  @Test
  void carrierContractFailsAnAdapterThatDropsKeysOrMisreadsTrackingWebhooks() {
    assertThat(failedTests(BrokenCarrierAdapterRun.class))
        .contains(
            "purchaseRepeatedWithTheSameKeyBuysOneLabelWhenCreatesAreIdempotent",
            "lostResponseToCreateShipmentIsOutcomeUnknownAndItsKeyCompletesItWithoutASecondLabel",
            "unknownTrackingCodeIsNormalisedToUnknownAndKeepsTheRawCode",
            "trackingWebhookIsParsedWithNormalisedStatusesRawCodesAndTheCarriersEventTimes",
            "duplicateTrackingWebhookIsParsedToEventsWithTheSameEventKeys",
            "outOfOrderTrackingWebhooksKeepEachEventsOwnTimeSoTheLateOneDoesNotWin")
        .doesNotContain("capabilitiesAreStableAndTheCarrierCodeIsLowerCase");
  }

  private static Set<String> failedTests(Class<?> suite) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(suite)).build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    assertThat(summary.getTestsFoundCount()).isPositive();
    return summary.getFailures().stream()
        .map(f -> f.getTestIdentifier().getSource().orElseThrow())
        .map(s -> ((MethodSource) s).getMethodName())
        .collect(Collectors.toSet());
  }
}
