package com.outcomes.domain;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

public class SpearmanTest {

    private static List<Spearman.Pair> pairs(double[] predicted, double[] observed) {
        List<Spearman.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < predicted.length; i++) {
            pairs.add(new Spearman.Pair(predicted[i], observed[i]));
        }
        return pairs;
    }

    @Test
    public void sameOrderGivesPlusOneEvenWhenTheRelationIsNotLinear() {
        // given observed changes that grow with impact, but not in proportion
        List<Spearman.Pair> given = pairs(new double[] {0.25, 0.5, 1, 2, 3}, new double[] {0.01, 0.02, 0.2, 0.21, 0.9});
        // when / then
        assertEquals(1.0, Spearman.rho(given), 1e-12);
    }

    @Test
    public void oppositeOrderGivesMinusOne() {
        List<Spearman.Pair> given = pairs(new double[] {0.25, 0.5, 1, 2, 3}, new double[] {0.5, 0.4, 0.1, -0.1, -0.3});
        assertEquals(-1.0, Spearman.rho(given), 1e-12);
    }

    @Test
    public void fewerThanFivePairsHaveNoRho() {
        // given four perfectly ordered pairs
        List<Spearman.Pair> given = pairs(new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4});
        // when / then: too few to say anything
        assertNull(Spearman.rho(given));
        assertNull(Spearman.rho(List.of()));
    }

    @Test
    public void tiedValuesShareTheirAverageRank() {
        // given impacts 1, 2, 2, 2, 3: the three 2s take ranks 2, 3, 4 → 3 each
        assertArrayEquals(new double[] {1, 3, 3, 3, 5}, Spearman.ranks(new double[] {1, 2, 2, 2, 3}), 1e-12);
        assertArrayEquals(new double[] {2.5, 1, 2.5}, Spearman.ranks(new double[] {7, 5, 7}), 1e-12);
    }

    @Test
    public void rhoWithTiesIsPearsonOfTheAverageRanks() {
        // given impacts with a tie (ranks 1.5, 1.5, 3, 4, 5) and observed ranks 2, 1, 3, 5, 4
        List<Spearman.Pair> given = pairs(new double[] {0.5, 0.5, 1, 2, 3}, new double[] {0.02, 0.01, 0.05, 0.3, 0.2});
        // when
        double rho = Spearman.rho(given);
        // then: x̄ = ȳ = 3; Σdxdy = 2.25 + 3 + 0 + 2 + 2 = 8.5 (−1.5·−1, −1.5·−2, 0, 1·2, 2·1 → 1.5+3+0+2+2);
        // Σdx² = 2.25+2.25+0+1+4 = 9.5, Σdy² = 1+4+0+4+1 = 10 → 8.5 / √95
        assertEquals(8.5 / Math.sqrt(95), rho, 1e-12);
    }

    @Test
    public void noVariationOnOneSideHasNoRho() {
        // given every epic rated impact 1: there is no ranking to compare
        List<Spearman.Pair> given = pairs(new double[] {1, 1, 1, 1, 1}, new double[] {0.1, 0.2, 0.3, 0.4, 0.5});
        assertNull(Spearman.rho(given));
    }
}
