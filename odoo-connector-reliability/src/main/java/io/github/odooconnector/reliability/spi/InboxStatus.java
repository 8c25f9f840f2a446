package io.github.odooconnector.reliability.spi;

/**
 * Processing state of an inbox message.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum InboxStatus {
  /** Stored, waiting to be processed (first time or a retry once available). */
  RECEIVED,
  /** Claimed by a processor under a lease; claimable again once the lease expires. */
  PROCESSING,
  /** Processed successfully. */
  PROCESSED,
  /** Processing failed the maximum number of times; kept with the last error. */
  FAILED
}
