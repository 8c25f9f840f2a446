/**
 * Jakarta Validation constraints specific to the canonical model (GS1 check digits, ISO codes,
 * quantity signs, unit dimensions). They are applied by the model records and may be reused on
 * host-application types.
 */
package io.github.odooconnector.model.constraints;
