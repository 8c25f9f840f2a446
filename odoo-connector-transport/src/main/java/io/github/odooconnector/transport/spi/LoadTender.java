package io.github.odooconnector.transport.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import java.util.Objects;
import java.util.Optional;

/**
 * A load offered to a carrier through the TMS (EDI 204 style).
 *
 * <p>The tender id is stable: the integration sends the same id when it repeats a tender after a
 * failure, so an adapter should pass it on and a TMS can recognise the repeat.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tenderId our id of the tender, {@code <picking name>} or {@code <picking name>/<attempt>}
 * @param load the load
 * @param quote the quote tendered against (carrier and rate), or null to let the TMS choose
 */
public record LoadTender(String tenderId, FreightRequest load, FreightQuote quote) {

  /**
   * Checks the components.
   *
   * @param tenderId see the record description
   * @param load see the record description
   * @param quote see the record description
   */
  public LoadTender {
    requireText(tenderId, "tenderId");
    Objects.requireNonNull(load, "load");
  }

  /**
   * The quote tendered against, if any.
   *
   * @return the quote
   */
  public Optional<FreightQuote> optionalQuote() {
    return Optional.ofNullable(quote);
  }
}
