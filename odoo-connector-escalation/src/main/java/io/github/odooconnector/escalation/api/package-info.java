/**
 * Exception escalation and customer notification: {@link
 * io.github.odooconnector.escalation.api.Escalations} turns a workflow's {@link
 * io.github.odooconnector.escalation.api.Incident} into one Odoo activity on the right record,
 * assigned by {@link io.github.odooconnector.escalation.api.EscalationRule}s with an SLA deadline,
 * and posts customer notifications at chosen {@link
 * io.github.odooconnector.escalation.api.Milestone}s.
 */
package io.github.odooconnector.escalation.api;
