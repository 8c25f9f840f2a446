package io.github.odooconnector.kafka.internal;

import io.github.odooconnector.common.OdooConnectorException;
import io.github.odooconnector.kafka.api.KafkaRejectedException;
import io.github.odooconnector.kafka.api.KafkaUnavailableException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.InvalidConfigurationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Translates Kafka client exceptions into the SDK's hierarchy: {@link KafkaUnavailableException}
 * (retryable) or {@link KafkaRejectedException} with the reason (not retryable).
 */
public final class KafkaErrors {

  private KafkaErrors() {}

  /**
   * Maps a failure of {@code operation}; SDK exceptions are returned unchanged.
   *
   * @param operation for example {@code relay.send}
   * @param failure what the Kafka client threw (wrappers from futures are unwrapped)
   * @return the SDK exception
   */
  public static OdooConnectorException map(String operation, Throwable failure) {
    Throwable t = unwrap(failure);
    if (t instanceof OdooConnectorException sdk) {
      return sdk;
    }
    String message = "kafka " + operation + " failed: " + describe(t);
    if (t instanceof RetriableException
        || t instanceof InterruptException
        || t instanceof WakeupException
        || t instanceof CommitFailedException
        || t instanceof RebalanceInProgressException) {
      return new KafkaUnavailableException(operation, message, t);
    }
    return new KafkaRejectedException(operation, reasonOf(t), message, t);
  }

  /**
   * Whether the failure concerns the record itself (so only that event is at fault).
   *
   * @param e a mapped exception
   * @return {@code true} for {@link KafkaRejectedException.Reason#RECORD}
   */
  public static boolean isRecordFault(OdooConnectorException e) {
    return e instanceof KafkaRejectedException r
        && r.reason() == KafkaRejectedException.Reason.RECORD;
  }

  /**
   * Whether the client that threw it must be replaced (not retryable and not about one record).
   *
   * @param e a mapped exception
   * @return {@code true} if the client should be closed and created anew
   */
  public static boolean needsNewClient(OdooConnectorException e) {
    return e instanceof KafkaRejectedException r
        && r.reason() != KafkaRejectedException.Reason.RECORD;
  }

  private static KafkaRejectedException.Reason reasonOf(Throwable t) {
    if (t instanceof RecordTooLargeException
        || t instanceof RecordBatchTooLargeException
        || t instanceof InvalidRecordException
        || t instanceof SerializationException) {
      return KafkaRejectedException.Reason.RECORD;
    }
    if (t instanceof AuthenticationException || t instanceof AuthorizationException) {
      return KafkaRejectedException.Reason.SECURITY;
    }
    if (t instanceof ConfigException
        || t instanceof InvalidConfigurationException
        || t instanceof InvalidTopicException
        || t instanceof UnsupportedVersionException) {
      return KafkaRejectedException.Reason.CONFIGURATION;
    }
    return KafkaRejectedException.Reason.CLIENT;
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof ExecutionException || t instanceof CompletionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** Exception type and message, bounded in length (Kafka messages never carry credentials). */
  public static String describe(Throwable t) {
    String m = t.getMessage();
    String text = t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    return text.length() > 1000 ? text.substring(0, 1000) + "..." : text;
  }
}
