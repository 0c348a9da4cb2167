package org.hwgrade.submission;

/**
 * The bounds on untrusted input (docs/submissions.md). Each keeps time and memory linear in the
 * input and small; crossing one gives a diagnostic for that file or that answer, never an exception.
 */
public final class Limits {

    /** A file larger than this is not read at all (its size is checked before any byte is read). */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    /** A line longer than this is not searched for headings or answers. */
    public static final int MAX_LINE_CHARS = 100_000;

    /** Entries in one matrix or tensor. */
    public static final int MAX_ENTRIES = 10_000;

    /** Brackets, braces, environments and nested lists, one inside another. */
    public static final int MAX_DEPTH = 100;

    /** Digits in one typed number. */
    public static final int MAX_DIGITS = 1_000;

    /** |n| in 10^n or 1e-n and in any power. */
    public static final int MAX_EXPONENT = 1_000;

    /** Bits in any numerator or denominator while evaluating arithmetic (about 3,000 digits). */
    public static final int MAX_BITS = 10_000;

    /** Files read from one student's folder. */
    public static final int MAX_FILES_PER_FOLDER = 50;

    /** Physical lines joined into one logical line (a matrix written over several lines). */
    public static final int MAX_JOINED_LINES = 40;

    /**
     * Statements of one kind (labelled, in a part's marker lines; after "therefore" or not) kept as
     * candidates for one part: the last ones, which are the ones preferred.
     */
    public static final int MAX_TRIED_STATEMENTS = 64;

    /**
     * Characters of text taken from one HTML or PDF file (the file itself is at most
     * {@link #MAX_FILE_BYTES}); text beyond it is not read.
     */
    public static final int MAX_GATHERED_CHARS = 2 * 1024 * 1024;

    /** Pages of a PDF whose text is read; later pages are not. */
    public static final int MAX_PDF_PAGES = 200;

    /** Bytes PDFBox may hold for one PDF's scratch streams. */
    public static final long MAX_PDF_MEMORY = 64L * 1024 * 1024;

    /** Characters of raw text kept in a {@link org.hwgrade.model.Source}. */
    public static final int MAX_SOURCE_TEXT = 500;

    private Limits() {
    }
}
