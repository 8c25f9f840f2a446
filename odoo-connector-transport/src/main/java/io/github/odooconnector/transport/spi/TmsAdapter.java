package io.github.odooconnector.transport.spi;

import java.util.List;

/**
 * The connection to one transportation management system (or freight broker, or a carrier's own
 * freight API) for the freight that parcel carriers do not cover: full and less-than-truckload
 * shipments, pallets, inbound freight from suppliers.
 *
 * <p>Calls that change something at the TMS (tender, counter-offer acceptance, appointment booking)
 * carry a stable id; the integration repeats them with the same id after a failure, so an adapter
 * should pass that id on (as the tender's shipper reference, an idempotency header) for the TMS to
 * recognise the repeat. Updates, proofs of delivery and invoices the TMS pushes arrive through the
 * host application (a webhook, an EDI 214/210 read by {@code odoo-connector-edi}) and are handed to
 * {@code TransportIntegration} as the values of this package.
 *
 * <p>Implementations must be thread-safe: the integration may call them from several threads.
 */
public interface TmsAdapter {

  /**
   * A short stable name for logs, idempotency keys and event sources, such as {@code acme-tms}.
   *
   * @return the name
   */
  String name();

  /**
   * Asks for freight quotes for a load. Changes nothing at the TMS.
   *
   * @param request the load
   * @return the quotes, possibly empty when no carrier serves the lane
   * @throws TmsUnavailableException if the TMS could not be reached (retryable)
   * @throws TmsRejectedException if the TMS refused the request (an unknown location, a weight it
   *     cannot move)
   */
  List<FreightQuote> quote(FreightRequest request);

  /**
   * Offers a load to a carrier. A carrier's refusal or counter-offer is an answer, not an
   * exception.
   *
   * @param tender the tender; the same tender id means the same tender
   * @return the carrier's answer
   * @throws TmsUnavailableException if the TMS could not be reached (retryable)
   * @throws TmsRejectedException if the TMS refused the tender itself (an expired quote)
   */
  TenderResponse tender(LoadTender tender);

  /**
   * Accepts a carrier's counter-offer on our side, after a person approved it.
   *
   * @param counterOffer the counter-offer as the carrier sent it
   * @return the answer, {@link TenderStatus#ACCEPTED} when the carrier is now booked
   * @throws TmsUnavailableException if the TMS could not be reached (retryable)
   * @throws TmsRejectedException if the counter-offer is unknown or expired
   */
  TenderResponse acceptCounterOffer(TenderResponse counterOffer);

  /**
   * Books a dock appointment for a tendered load.
   *
   * @param request the load, dock and acceptable window
   * @return the booked slot
   * @throws TmsUnavailableException if the TMS could not be reached (retryable)
   * @throws TmsRejectedException if no slot is free in the window
   */
  DockAppointment bookAppointment(AppointmentRequest request);

  /**
   * The updates the TMS has for a load, oldest first, for a host application that polls.
   *
   * @param shipperReference the load's shipper reference (the Odoo picking's name)
   * @return the updates so far (already applied ones are skipped by the integration)
   * @throws TmsUnavailableException if the TMS could not be reached (retryable)
   */
  List<TransitUpdate> updates(String shipperReference);
}
