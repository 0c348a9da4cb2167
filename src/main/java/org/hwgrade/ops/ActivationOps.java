package org.hwgrade.ops;

import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.hwgrade.formula.Datum;
import org.hwgrade.formula.Op;
import org.hwgrade.formula.OpGroup;
import org.hwgrade.model.Value;

/** relu, sigmoid, tanh, softmax, log_softmax, their derivatives and backward passes (see {@link Activations}). */
public final class ActivationOps implements OpGroup {

    @Override
    public List<Op> ops() {
        return List.of(
                unary("relu", "max(0, x), entry by entry", Activations::relu),
                unary("relu_derivative", "1 where x > 0, else 0", Activations::reluDerivative),
                backward("relu_backward", "dL/dx = grad · [x > 0]", Activations::reluBackward),
                unary("sigmoid", "1/(1 + e^(-x)), entry by entry", Activations::sigmoid),
                unary("sigmoid_derivative", "σ(x)(1 − σ(x))", Activations::sigmoidDerivative),
                backward("sigmoid_backward", "dL/dx = grad · σ(x)(1 − σ(x))", Activations::sigmoidBackward),
                unary("tanh", "the hyperbolic tangent, entry by entry", Activations::tanh),
                unary("tanh_derivative", "1 − tanh²(x)", Activations::tanhDerivative),
                backward("tanh_backward", "dL/dx = grad · (1 − tanh²(x))", Activations::tanhBackward),
                Op.of("softmax(x, axis=-1)", "e^x / Σ e^x along the axis (each row of a matrix)",
                        args -> Datum.of(Activations.softmax(args.value("x"), args.integer("axis")))),
                Op.of("log_softmax(x, axis=-1)", "log softmax(x), computed stably",
                        args -> Datum.of(Activations.logSoftmax(args.value("x"), args.integer("axis")))),
                Op.of("softmax_backward(x, grad, axis=-1)", "dL/dx of s = softmax(x): s · (grad − Σ grad · s)",
                        args -> Datum.of(Activations.softmaxBackward(args.value("x"), args.value("grad"),
                                args.integer("axis")))),
                Op.of("log_softmax_backward(x, grad, axis=-1)", "dL/dx of log_softmax(x): grad − softmax(x) · Σ grad",
                        args -> Datum.of(Activations.logSoftmaxBackward(args.value("x"), args.value("grad"),
                                args.integer("axis")))),
                Op.of("softmax_jacobian(x)", "∂softmax(x)_i/∂x_j = diag(s) − s sᵀ, for a vector x",
                        args -> Datum.of(Activations.softmaxJacobian(args.tensor("x")))));
    }

    private static Op unary(String name, String summary, UnaryOperator<Value> f) {
        return Op.of(name + "(x)", summary, args -> Datum.of(f.apply(args.value("x"))));
    }

    private static Op backward(String name, String summary, BinaryOperator<Value> f) {
        return Op.of(name + "(x, grad)", summary, args -> Datum.of(f.apply(args.value("x"), args.value("grad"))));
    }
}
