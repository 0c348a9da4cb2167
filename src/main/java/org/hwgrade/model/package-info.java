/**
 * The domain vocabulary: immutable records and sealed types only, no dependency beyond the JDK.
 * Every other package depends on this one; this one depends on none of them.
 */
package org.hwgrade.model;
