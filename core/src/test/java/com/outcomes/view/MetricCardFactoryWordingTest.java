package com.outcomes.view;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.Test;

import com.outcomes.domain.Correlation;
import com.outcomes.domain.Forecast;
import com.outcomes.domain.Metric;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricEvaluation;
import com.outcomes.domain.MetricKind;
import com.outcomes.domain.Status;
import com.outcomes.service.MetricView;

public class MetricCardFactoryWordingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private final MetricCardFactory cards = new MetricCardFactory(new Formats(I18n.english(), ZoneOffset.UTC));

    private static MetricDefinition share(MetricKind kind, String unit, String source) {
        return new MetricDefinition(kind, "Market share", unit, 10.0, 20.0, LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 3, 31), 30, null, source, null, null);
    }

    private static MetricEvaluation evaluation(Status status, Forecast forecast, Correlation correlation) {
        return new MetricEvaluation(TODAY, 17.0, LocalDate.of(2026, 11, 12), 0.7, 0.75, status, false, 8, 0.7, forecast,
                correlation, LocalDate.of(2026, 12, 12));
    }

    private MetricCard card(MetricDefinition d, MetricEvaluation e) {
        return cards.card(new MetricView(new Metric(1, "OUT-4", d), e), List.of(), true, TODAY);
    }

    @Test
    public void onTrackWithAShortForecastReadsAsOneSentenceWithThePaceNeededAndThePaceSeen() {
        // given
        MetricEvaluation e = evaluation(Status.ON_TRACK, new Forecast(18.96, false, 0.6, 0.8), null);

        // when
        MetricCard p = card(share(MetricKind.OUTCOME, "%", null), e);

        // then
        assertEquals("On track today \u00b7 but the trend falls short: it projects 18.96% at the target date, not 20%. "
                + "It needs +0.8 pts a month and is doing +0.6 pts.", p.getForecastTextHtml());
    }

    @Test
    public void aForecastReachingTheTargetKeepsTheShortSentence() {
        MetricCard p = card(share(MetricKind.OUTCOME, "%", null),
                evaluation(Status.ON_TRACK, new Forecast(21, true, 1.2, 0.8), null));

        assertEquals("Trend projects 21% at the target date \u2014 reaches the target.", p.getForecastTextHtml());
    }

    @Test
    public void correlationIsSaidInPlainWordsAndThinDataIsCalledThin() {
        // given
        MetricEvaluation e = evaluation(Status.ON_TRACK, null, Correlation.of(1.0, 6, 8));

        // when
        MetricCard p = card(share(MetricKind.LEADING, "%", null), e);

        // then
        assertEquals("Moves with its outcome about 6 weeks ahead; strong, but only 8 weeks of data.",
                p.getCorrelationTextHtml());
    }

    @Test
    public void weakSameWeekCorrelationOverManyWeeksSaysSo() {
        MetricCard p = card(share(MetricKind.LEADING, "%", null),
                evaluation(Status.ON_TRACK, null, Correlation.of(-0.2, 0, 20)));

        assertEquals("Moves opposite to its outcome in the same week; weak, over 20 weeks of data.",
                p.getCorrelationTextHtml());
    }

    @Test
    public void cadenceSourceAndUnitAreShownSoRunningBlindIsAnnouncedBeforeItHappens() {
        // when
        MetricCard p = card(share(MetricKind.OUTCOME, "M\u20ac", "Finance monthly report"),
                evaluation(Status.ON_TRACK, null, null));

        // then
        assertEquals("measured every 30 days \u00b7 next due 12 Dec 2026", p.getCadenceTextHtml());
        assertEquals("Source: Finance monthly report", p.getSourceTextHtml());
        assertEquals("Value (M\u20ac)", p.getValueLabelHtml());
    }

    @Test
    public void datesUseTheBundlesOneFormatForTheLocale() {
        Formats formats = new Formats(I18n.english(), ZoneOffset.UTC);

        assertEquals("27 Sep 2026", formats.date(LocalDate.of(2026, 9, 27)));
        assertEquals("2 Nov 2026 09:05", formats.moment(java.time.Instant.parse("2026-11-02T09:05:00Z")));
    }
}
