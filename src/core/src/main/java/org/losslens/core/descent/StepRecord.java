package org.losslens.core.descent;

/**
 * One step of a descent run: the loss and the hard-prediction scores of the logits the step
 * started from.
 */
public record StepRecord(int step, double loss, double dice, double iou) {
}
