package org.hwgrade.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwgrade.formula.Datum;
import org.hwgrade.model.Given;

/** A rubric's given as the formulas see it: values stay values; texts, lists and records become data. */
final class GivenData {

    private GivenData() {
    }

    static Datum of(Given given) {
        if (given instanceof Given.Of of) {
            return Datum.of(of.value());
        }
        if (given instanceof Given.Text t) {
            return new Datum.Text(t.text());
        }
        if (given instanceof Given.ListOf l) {
            List<Datum> items = new ArrayList<>();
            l.items().forEach(item -> items.add(of(item)));
            return new Datum.Items(items);
        }
        if (Given.drawn(given)) {
            throw new IllegalArgumentException("a drawn given is drawn for each student before solving (VariantDrawer)");
        }
        if (given instanceof Given.Withheld) {
            throw new IllegalArgumentException("a student-safe rubric withholds its givens: it is read, never solved");
        }
        Map<String, Datum> fields = new LinkedHashMap<>();
        ((Given.Record) given).fields().forEach((name, value) -> fields.put(name, of(value)));
        return new Datum.Fields("a record", fields);
    }
}
