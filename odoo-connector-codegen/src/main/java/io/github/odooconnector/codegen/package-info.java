/**
 * Typed model generation: {@link io.github.odooconnector.codegen.SchemaSnapshot} (a versioned JSON
 * file of {@code fields_get} answers, one per Odoo major version), {@link
 * io.github.odooconnector.codegen.GeneratorConfig} (which models and fields, with aliases for names
 * that differ between versions) and {@link io.github.odooconnector.codegen.ModelGenerator}. {@link
 * io.github.odooconnector.codegen.Main} runs it from the command line; the Maven plugin wraps it.
 */
package io.github.odooconnector.codegen;
