package org.hwgrade.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hwgrade.grading.Assignment;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Value;
import org.hwgrade.report.ValueJson;

/** A rubric's key values in every form the reports print values in, to search outputs for leaks. */
final class KeyForms {

    private KeyForms() {
    }

    /** toString, compact JSON and JSON with spaced commas; forms shorter than 4 characters are left out. */
    static Set<String> of(String rubric) {
        Set<String> forms = new LinkedHashSet<>();
        for (Value v : Assignment.load(Path.of(rubric)).solved().key().answers().values()) {
            forms.add(v.toString());
            if (!(v instanceof Expression)) {
                JsonNode json = ValueJson.of(v);
                forms.add(json.toString());
                forms.add(json.toString().replace(",", ", "));
            }
        }
        forms.removeIf(form -> form.length() < 4);
        return forms;
    }
}
