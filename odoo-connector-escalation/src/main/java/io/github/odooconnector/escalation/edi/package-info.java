/**
 * EDI rejections as escalations: {@link io.github.odooconnector.escalation.edi.EdiEscalation} turns
 * an {@link io.github.odooconnector.escalation.edi.EdiRejection} (a partner's interchange we
 * rejected, or ours the partner rejected in a 997/CONTRL) into one activity on the purchase order
 * or picking it names, else on the trading partner's {@code res.partner}. Needs {@code
 * odoo-connector-edi} on the class path (an optional dependency of this module).
 */
package io.github.odooconnector.escalation.edi;
