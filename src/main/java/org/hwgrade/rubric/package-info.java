/**
 * Loading rubric files (YAML) into the model, with errors that point at file:line:column and say
 * how to fix them. Depends on the model only.
 */
package org.hwgrade.rubric;
