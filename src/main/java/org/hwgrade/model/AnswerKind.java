package org.hwgrade.model;

/** What a part asks for; decides how a student's text is read and how it is compared. */
public enum AnswerKind {
    INTEGER, NUMBER, MATRIX, SHAPE, EXPRESSION;

    /** The spelling used in rubric files and reports. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
