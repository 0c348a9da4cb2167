/**
 * Benchmark support: a generator of synthetic classes for the end-to-end benchmark
 * (docs/performance.md). Uses the facade and the solver; never prints.
 */
package org.hwgrade.bench;
