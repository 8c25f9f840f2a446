/** Mapping between Odoo records and canonical entities; configurable field maps. */
package io.github.odooconnector.mapping;
