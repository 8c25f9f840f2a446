package io.github.odooconnector.core.api;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Report (PDF) download, obtained from {@link OdooClient#reports()}. Odoo serves reports only to a
 * logged-in web session ({@code /report/pdf/<report>/<ids>} is an {@code auth='user'} route:
 * without a session Odoo redirects to its login page, and on Odoo 19 a bearer API key does not open
 * it either), so the client logs in with {@code /web/session/authenticate} using the configured
 * login and password, keeps the session cookie (never logged), and logs in again once when Odoo
 * reports the session expired. The PDF is copied to the destination as it arrives: it is never held
 * in memory and the client's response size cap does not apply. Thread-safe.
 */
public interface Reports {

  /**
   * Renders a QWeb report as PDF and streams it to {@code out} (not closed).
   *
   * @param reportName the report's technical name, for example {@code stock.report_deliveryslip} or
   *     {@code sale.report_saleorder}
   * @param ids the records to print, at least one
   * @param out where the PDF goes
   * @return the number of bytes written
   * @throws OdooServerException when Odoo cannot render it (for example wkhtmltopdf missing on the
   *     server: HTTP 400 on 17/18, 422 on 19) or the report does not exist
   * @throws OdooConfigurationException when no password is configured (API keys cannot open a web
   *     session)
   * @throws OdooProtocolException when the transfer broke after bytes were written ({@code out}
   *     holds an incomplete PDF)
   */
  long pdf(String reportName, Collection<Long> ids, OutputStream out);

  /**
   * Renders a QWeb report as PDF into a file, written to a temporary file next to it and moved in
   * place once complete (a failure leaves no partial file).
   *
   * @param reportName the report's technical name
   * @param ids the records to print, at least one
   * @param target the file to create or replace
   * @return the number of bytes written
   */
  long pdf(String reportName, Collection<Long> ids, Path target);
}
