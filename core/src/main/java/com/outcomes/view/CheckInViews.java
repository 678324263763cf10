package com.outcomes.view;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.outcomes.domain.CheckIn;
import com.outcomes.domain.CheckInValidator;
import com.outcomes.domain.ConfidenceLow;

/** Words and shapes check-ins for the panel, the dashboard's content and the sprint review, in the viewer's language. */
public final class CheckInViews {

    /** The trend's box: the template's SVG has {@code viewBox="0 0 100 30"}. */
    static final int WIDTH = 100;
    static final int HEIGHT = 30;
    private static final int MARGIN = 2;

    private final I18n i18n;
    private final Formats formats;
    private final ZoneId zone;

    public CheckInViews(Formats formats) {
        this.i18n = formats.i18n();
        this.formats = formats;
        this.zone = formats.zone();
    }

    /** @param today the day ages are counted from; null counts none (a sprint without dates) */
    public CheckInLine line(CheckIn c, LocalDate today) {
        LocalDate made = c.createdAt().atZone(zone).toLocalDate();
        long days = today == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(made, today));
        String age = i18n.getText("outcomes.checkin.age", days);
        return new CheckInLine(c.confidence(), ConfidenceLow.fires(c), c.createdBy(), formats.moment(c.createdAt()),
                age, c.comment(), i18n.getText("outcomes.checkin.summary", c.confidence(), age));
    }

    public List<CheckInLine> lines(List<CheckIn> checkIns, LocalDate today) {
        return checkIns.stream().map(c -> line(c, today)).toList();
    }

    /** @param newestFirst the outcome's check-ins as the store lists them */
    public CheckInSection section(List<CheckIn> newestFirst, boolean canAdd, LocalDate today) {
        return new CheckInSection(lines(newestFirst, today), trendPoints(newestFirst), canAdd);
    }

    /** The polyline's points, oldest left, confidence 10 at the top; "" with fewer than two check-ins. */
    static String trendPoints(List<CheckIn> newestFirst) {
        int n = newestFirst.size();
        if (n < 2) {
            return "";
        }
        List<String> points = new ArrayList<>(n);
        double range = CheckInValidator.MAX_CONFIDENCE - CheckInValidator.MIN_CONFIDENCE;
        for (int i = 0; i < n; i++) {
            CheckIn c = newestFirst.get(n - 1 - i);
            double x = WIDTH * i / (double) (n - 1);
            double y = MARGIN + (HEIGHT - 2 * MARGIN) * (CheckInValidator.MAX_CONFIDENCE - c.confidence()) / range;
            points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        return String.join(" ", points);
    }
}
