/**
 * Finance triggers for applications: {@link io.github.odooconnector.finance.api.FinanceIntegration}
 * creates the customer invoice after a done delivery (per {@link
 * io.github.odooconnector.finance.api.InvoicingPolicy}) and flags vendor bill lines whose billed
 * quantity differs from what a done receipt received.
 */
package io.github.odooconnector.finance.api;
