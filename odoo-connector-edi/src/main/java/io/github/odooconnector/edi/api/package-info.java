/**
 * EDI for odoo-connector: {@link io.github.odooconnector.edi.api.EdiTranslator} reads and writes
 * X12 and UN/EDIFACT interchanges as canonical documents (850/ORDERS, 855/ORDRSP, 856/DESADV,
 * 810/INVOIC, 940, 945, 943, 944, 846/INVRPT) and acknowledges them with 997/CONTRL; partner
 * specifics are configuration ({@link io.github.odooconnector.edi.api.TradingPartner}).
 */
package io.github.odooconnector.edi.api;
