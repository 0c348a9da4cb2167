/**
 * Writers of what people and machines read: the answer key, extraction listings, results.json,
 * the gradebook CSV, per-student feedback and the class summary. Writers take model records and
 * return or stream text; they never decide a grade.
 */
package org.hwgrade.report;
