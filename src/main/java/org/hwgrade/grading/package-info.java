/**
 * The facade: ties rubric loading, solving, reading submissions, comparing and reporting together
 * for the CLI and the tests alike. Never prints and never exits.
 */
package org.hwgrade.grading;
