/**
 * Implementation details of the canonical model: constraint validators, JSON configuration,
 * helpers. Not API.
 */
package io.github.odooconnector.model.internal;
