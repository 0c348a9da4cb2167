package org.hwgrade.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hwgrade.report.Reveal;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** --reveal none|found|correctness|key, with the choices named when the word is not one of them. */
final class RevealConverter implements ITypeConverter<Reveal> {

    @Override
    public Reveal convert(String value) {
        try {
            return Reveal.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not a reveal level; use one of: "
                    + Arrays.stream(Reveal.values()).map(Reveal::key).collect(Collectors.joining(", ")));
        }
    }
}
