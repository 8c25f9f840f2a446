/**
 * Plumbing shared by the examples: where Odoo comes from (embedded fake or a real server) and
 * console output.
 */
package io.github.odooconnector.examples.internal;
