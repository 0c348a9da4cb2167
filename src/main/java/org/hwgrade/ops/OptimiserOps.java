package org.hwgrade.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hwgrade.formula.Args;
import org.hwgrade.formula.Datum;
import org.hwgrade.formula.Elementwise;
import org.hwgrade.formula.Evaluator;
import org.hwgrade.formula.Expr;
import org.hwgrade.formula.FormulaException;
import org.hwgrade.formula.FormulaParser;
import org.hwgrade.formula.Op;
import org.hwgrade.formula.OpException;
import org.hwgrade.formula.OpGroup;
import org.hwgrade.formula.Scope;
import org.hwgrade.formula.Work;
import org.hwgrade.model.Num;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;
import org.hwgrade.ops.optim.Adam;
import org.hwgrade.ops.optim.Gradient;
import org.hwgrade.ops.optim.Momentum;
import org.hwgrade.ops.optim.Optimiser;
import org.hwgrade.ops.optim.RmsProp;
import org.hwgrade.ops.optim.Run;
import org.hwgrade.ops.optim.Sgd;

/**
 * Optimiser steps: {@code momentum(w0=0, grad="2*(w - 3)", lr=0.1, mu=0.9, steps=2)}. The gradient
 * is a formula in a string over {@code w}, the point where it is taken (a number or a tensor, as w0
 * is), evaluated at every step. The result is a record: {@code .w} the last iterate, {@code .path}
 * the iterates w₁ … w_T stacked along a first axis, and the rule's state ({@code .v}, {@code .m},
 * {@code .s}).
 */
public final class OptimiserOps implements OpGroup {

    @Override
    public List<Op> ops() {
        return List.of(
                Op.of("sgd(w0, grad, lr, steps=1)", "gradient descent: w ← w − η∇f(w)",
                        args -> run(args, new Sgd(args.number("lr")))),
                Op.of("momentum(w0, grad, lr, mu, steps=1)", "SGD with momentum: v ← μv − η∇f(w), w ← w + v, v₀ = 0",
                        args -> run(args, new Momentum(args.number("lr"), args.number("mu"), false))),
                Op.of("nesterov(w0, grad, lr, mu, steps=1)", "Nesterov momentum: v ← μv − η∇f(w + μv), w ← w + v, v₀ = 0",
                        args -> run(args, new Momentum(args.number("lr"), args.number("mu"), true))),
                Op.of("rmsprop(w0, grad, lr, rho, eps=1e-8, steps=1)", "RMSProp: s ← ρs + (1 − ρ)g², w ← w − ηg/(√s + ε)",
                        args -> run(args, new RmsProp(args.number("lr"), args.number("rho"), args.number("eps")))),
                Op.of("adam(w0, grad, lr, beta1=0.9, beta2=0.999, eps=1e-8, steps=1, bias_correction=1)",
                        "Adam, with bias correction m/(1 − β₁ᵗ), v/(1 − β₂ᵗ) unless bias_correction=0",
                        args -> run(args, new Adam(args.number("lr"), args.number("beta1"), args.number("beta2"),
                                args.number("eps"), biasCorrection(args)))));
    }

    private static boolean biasCorrection(Args args) {
        int flag = args.nonNegativeInt("bias_correction");
        if (flag > 1) {
            throw args.error("bias_correction", "bias_correction must be 1 (on) or 0 (off), got " + flag,
                    "write bias_correction=0 for Adam without bias correction");
        }
        return flag == 1;
    }

    private static Datum run(Args args, Optimiser optimiser) {
        Value w0 = args.value("w0");
        int steps = args.positiveInt("steps");
        try {
            // Every step updates every weight and keeps it in the path.
            Work.require("the optimiser run", steps, Elementwise.entries(w0).size());
        } catch (OpException e) {
            throw args.error("steps", e.getMessage(), e.hint()); // the run's length is what costs, not the gradient
        }
        Run run;
        try {
            run = optimiser.run(w0, gradient(args), steps);
        } catch (OpException e) {
            throw args.error("grad", e.getMessage(), e.hint());
        }
        Map<String, Datum> out = new LinkedHashMap<>();
        out.put("w", Datum.of(run.last()));
        out.put("path", Datum.of(stacked(run.path())));
        new TreeMap<>(run.state()).forEach((name, v) -> out.put(name, Datum.of(v)));
        return new Datum.Fields("an optimiser run", out);
    }

    /**
     * The string argument {@code grad} as a formula over {@code w}. Ops receive evaluated arguments,
     * so the gradient comes as text and is evaluated here, with the standard ops, at each step.
     */
    private static Gradient gradient(Args args) {
        String text = args.text("grad");
        Expr formula;
        try {
            formula = FormulaParser.parse(text);
        } catch (FormulaException e) {
            throw inGradient(args, text, e);
        }
        Evaluator evaluator = new Evaluator(StandardOps.REGISTRY);
        return w -> {
            try {
                return evaluator.value(formula, Scope.ofValues(Map.of("w", w)));
            } catch (FormulaException e) {
                throw inGradient(args, text, e);
            }
        };
    }

    private static FormulaException inGradient(Args args, String text, FormulaException e) {
        String at = e.span().length() > 0 ? " at \"" + text.substring(e.span().offset(), Math.min(text.length(), e.span().end())) + "\"" : "";
        return args.error("grad", "in the gradient \"" + text + "\"" + at + ": " + e.detail(),
                e.hint().isBlank() ? "write the gradient as a formula over w, e.g. grad=\"2*(w - 3)\"" : e.hint());
    }

    /** w₁ … w_T along a new first axis: a vector of T entries for a number w, T×n for a vector w. */
    private static Tensor stacked(List<Value> path) {
        List<Integer> dims = new ArrayList<>();
        dims.add(path.size());
        dims.addAll(Elementwise.dims(path.get(0)));
        List<Num> entries = new ArrayList<>();
        path.forEach(v -> entries.addAll(Elementwise.entries(v)));
        return new Tensor(dims, entries);
    }
}
