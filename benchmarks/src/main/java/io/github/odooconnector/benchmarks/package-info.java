/**
 * The benchmark runner: {@link io.github.odooconnector.benchmarks.RunBenchmarks} runs the JMH
 * benchmarks of package {@code io.github.odooconnector.benchmarks.internal} and prints every result
 * as a ratio to the baseline measured in the same run.
 */
package io.github.odooconnector.benchmarks;
