/**
 * The one LaTeX front end of hwgrade: which commands space, size, group, wrap or separate, which
 * environments are matrices, and how a command, a row break or an environment name is scanned.
 * The number reader (submission) and the expression reader (symbolic) both lex LaTeX through
 * {@link org.hwgrade.latex.LatexLexer}, so a syntax one accepts the other accepts too. Depends on
 * the JDK only. Course macros ({@code \newcommand}, {@code \def}, with simple arguments) are
 * expanded here too ({@link org.hwgrade.latex.LatexMacros}), before either reader sees a line.
 */
package org.hwgrade.latex;
