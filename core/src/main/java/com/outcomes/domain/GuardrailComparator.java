package com.outcomes.domain;

/** How a guardrail's current value is compared with its threshold. */
public enum GuardrailComparator {
    AT_MOST {
        @Override
        public boolean isSatisfied(double value, double threshold) {
            return value <= threshold;
        }
    },
    AT_LEAST {
        @Override
        public boolean isSatisfied(double value, double threshold) {
            return value >= threshold;
        }
    };

    public abstract boolean isSatisfied(double value, double threshold);
}
