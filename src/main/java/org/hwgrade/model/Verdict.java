package org.hwgrade.model;

/** The outcome of one part. REVIEW means a person must look (never a silent 0). */
public enum Verdict {
    CORRECT, PARTIAL, INCORRECT, MISSING, REVIEW;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
