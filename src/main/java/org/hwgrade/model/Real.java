package org.hwgrade.model;

/** A floating-point number: only for transcendental results (softmax) or a student's inexact decimal. */
public record Real(double value) implements Num {

    @Override
    public double toDouble() {
        return value;
    }


    @Override
    public String toString() {
        return Double.toString(value);
    }
}
