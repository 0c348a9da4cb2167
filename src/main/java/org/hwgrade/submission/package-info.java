/**
 * Reads students' answer files (Markdown, LaTeX, plain text, YAML, JSON) into {@link
 * org.hwgrade.model.Submission}s, with the file, line, column and raw text of every answer. All input
 * is untrusted: every bound is in {@link org.hwgrade.submission.Limits} and docs/submissions.md.
 */
package org.hwgrade.submission;
