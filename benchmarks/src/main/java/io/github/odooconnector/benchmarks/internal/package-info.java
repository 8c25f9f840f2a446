/**
 * The JMH benchmarks and their fixtures (internal: run them through {@link
 * io.github.odooconnector.benchmarks.RunBenchmarks}, not as an API).
 *
 * <p>Unlike every other module, the benchmarks may reach into other modules' {@code internal}
 * packages where a benchmark must measure an internal component directly (the core's XML-RPC
 * codec). Each such use says so.
 */
package io.github.odooconnector.benchmarks.internal;
