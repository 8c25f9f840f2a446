package io.github.odooconnector.reliability.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.reliability.webhook.StandardWebhooksVerifier;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BuildersTest {

  @Test
  void idempotentBuilderHasDocumentedDefaultsAndRejectsInvalidOptionsNamingThem() {
    Idempotent defaults = Idempotent.builder(InMemoryIdempotencyStore.create()).build();
    assertThat(defaults.toString())
        .contains("owner=idempotent-")
        .contains("lease=" + Idempotent.DEFAULT_LEASE)
        .contains("retention=" + Idempotent.DEFAULT_RETENTION);

    Idempotent.Builder builder = Idempotent.builder(InMemoryIdempotencyStore.create());
    assertThatThrownBy(() -> builder.owner(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("owner");
    assertThatThrownBy(() -> builder.leaseDuration(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leaseDuration");
    assertThatThrownBy(() -> builder.retention(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("retention");
    assertThatThrownBy(() -> Idempotent.builder(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("store");
  }

  @Test
  void outboxBuilderRequiresAStoreAndUsesIt() {
    InMemoryOutboxStore store = InMemoryOutboxStore.create();
    assertThat(Outbox.builder(store).build().store()).isSameAs(store);
    assertThatThrownBy(() -> Outbox.builder(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("store");
    assertThatThrownBy(() -> Outbox.builder(store).codec(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("codec");
  }

  @Test
  void standardWebhooksVerifierBuilderRejectsBadSecretsAndTolerancesWithoutEchoingSecrets() {
    assertThatThrownBy(() -> StandardWebhooksVerifier.builder("whsec_%%%secret-ish%%%"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secret #0")
        .hasMessageNotContaining("secret-ish");
    StandardWebhooksVerifier.Builder builder =
        StandardWebhooksVerifier.builder("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    assertThatThrownBy(() -> builder.additionalSecret("whsec_"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secret #1");
    assertThatThrownBy(() -> builder.tolerance(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tolerance");
    assertThat(builder.build().toString()).contains("secrets=1 (hidden)");
  }
}
