package org.hwgrade.compare;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Real;

/**
 * The tiny reader the case table needs: a decimal or p/q is a Rational, {@code real:X} the double
 * nearest to X, nan / inf / -inf the doubles. The real submission reader lives elsewhere.
 */
final class TextNumbers {

    private TextNumbers() {
    }

    static Num parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "nan":
                return new Real(Double.NaN);
            case "inf":
                return new Real(Double.POSITIVE_INFINITY);
            case "-inf":
                return new Real(Double.NEGATIVE_INFINITY);
            default:
                break;
        }
        if (t.startsWith("real:")) {
            return new Real(Double.parseDouble(t.substring("real:".length())));
        }
        int slash = t.indexOf('/');
        if (slash >= 0) {
            return new Rational(new BigInteger(t.substring(0, slash).strip()), new BigInteger(t.substring(slash + 1).strip()));
        }
        return Rational.of(new BigDecimal(t));
    }
}
