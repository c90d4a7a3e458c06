package org.losslens.core.loss.param;

/**
 * Which of the app's three prominent sliders drives a parameter. Libraries disagree on what
 * α, β and γ weight, so every parameter with a role also says, in its meaning, what it weights.
 */
public enum ParamRole {
    ALPHA("α"),
    BETA("β"),
    GAMMA("γ"),
    /** A loss-specific parameter shown with the loss's own controls. */
    NONE("");

    private final String symbol;

    ParamRole(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
