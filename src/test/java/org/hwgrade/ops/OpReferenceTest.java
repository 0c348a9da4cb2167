package org.hwgrade.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hwgrade.formula.Op;
import org.junit.jupiter.api.Test;

/** docs/ops.md's op tables list exactly the registered ops, with their signatures as registered. */
class OpReferenceTest {

    /** A table row of the op reference: | `name` | `signature` | what | exact |. */
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z_][A-Za-z0-9_]*)` \\| `([^`]+)` \\|.*\\|.*\\|\\s*$");

    @Test
    void everyRegisteredOpIsDocumentedAndEveryDocumentedOpIsRegistered() throws IOException {
        String doc = Files.readString(Path.of("docs/ops.md"), StandardCharsets.UTF_8);
        String reference = doc.substring(doc.indexOf("## Op reference"));
        Map<String, String> documented = new TreeMap<>();
        for (String line : reference.split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                assertFalse(documented.containsKey(m.group(1)), m.group(1) + " is documented twice");
                documented.put(m.group(1), m.group(2));
            }
        }
        Map<String, String> registered = new TreeMap<>();
        for (Op op : StandardOps.REGISTRY.ops()) {
            registered.put(op.name(), op.signature().toString());
        }
        Map<String, String> undocumented = new TreeMap<>(registered);
        undocumented.entrySet().removeAll(documented.entrySet());
        Map<String, String> unregistered = new TreeMap<>(documented);
        unregistered.entrySet().removeAll(registered.entrySet());
        assertEquals(registered, documented, "docs/ops.md's op reference lacks (or has another signature for) "
                + undocumented + " and lists what is not registered so: " + unregistered);
    }
}
