/**
 * Class downloads as learning systems deliver them (Canvas, Moodle, Gradescope, a plain folder, a
 * zip): which files belong to which student, and what the download says about them. Depends on the
 * model only; the grading facade reads the files.
 */
package org.hwgrade.lms;
