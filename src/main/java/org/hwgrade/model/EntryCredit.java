package org.hwgrade.model;

/** How a matrix answer earns credit: in proportion to its right entries, or only when all are right. */
public enum EntryCredit {
    PROPORTIONAL, ALL_OR_NOTHING;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
