package io.github.odooconnector.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetrySettingsTest {

  @Test
  void delaysGrowByTheMultiplierAndStopAtTheCap() {
    RetrySettings s =
        new RetrySettings(5, Duration.ofMillis(100), Duration.ofMillis(350), 3.0, 0.0);
    assertThat(s.delayAfter(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(s.delayAfter(2)).isEqualTo(Duration.ofMillis(300));
    assertThat(s.delayAfter(3)).isEqualTo(Duration.ofMillis(350));
  }

  @Test
  void jitterOnlyShortensTheDelayWithinItsFraction() {
    RetrySettings s = RetrySettings.exponential(3, Duration.ofSeconds(1), Duration.ofSeconds(1));
    for (int i = 0; i < 200; i++) {
      assertThat(s.delayAfter(1)).isBetween(Duration.ofMillis(800), Duration.ofSeconds(1));
    }
  }

  @Test
  void attemptsAreCountedAgainstMaxAttempts() {
    RetrySettings s = RetrySettings.fixed(2, Duration.ZERO);
    assertThat(s.allowsAnotherAttempt(1)).isTrue();
    assertThat(s.allowsAnotherAttempt(2)).isFalse();
    assertThat(RetrySettings.none().allowsAnotherAttempt(1)).isFalse();
  }

  @Test
  void invalidComponentsAreRejectedNamingTheComponentAndValue() {
    assertThatThrownBy(() -> new RetrySettings(0, Duration.ZERO, Duration.ZERO, 0.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAttempts")
        .hasMessageContaining("0");
    assertThatThrownBy(() -> new RetrySettings(1, Duration.ofSeconds(2), Duration.ofSeconds(1), 0))
        .hasMessageContaining("maxDelay");
    assertThatThrownBy(() -> new RetrySettings(1, Duration.ZERO, Duration.ZERO, 0.5, 0.0))
        .hasMessageContaining("multiplier");
    assertThatThrownBy(() -> new RetrySettings(1, Duration.ZERO, Duration.ZERO, 1.5))
        .hasMessageContaining("jitter");
    assertThatThrownBy(() -> new RetrySettings(1, Duration.ofMillis(-1), Duration.ZERO, 0))
        .hasMessageContaining("initialDelay");
  }

  @Test
  void everyExceptionOfTheSdkIsNotRetryableUnlessItSaysSo() {
    OdooConnectorException plain = new OdooConnectorException("bad input") {};
    OdooConnectorException transientFailure =
        new OdooConnectorException("try later") {
          @Override
          public boolean isRetryable() {
            return true;
          }
        };
    assertThat(plain.isRetryable()).isFalse();
    assertThat(transientFailure.isRetryable()).isTrue();
  }
}
