package com.outcomes.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Dashboard latency (median and p95 over HTTP) against portfolio size, one pair of lines per database. */
public final class LatencyChart {

    public void write(Path png, List<DatabaseResults> results) throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(560)
                .title("Dashboard latency vs portfolio size (GET /dashboard, weeks=12, over HTTP)")
                .xAxisTitle("outcomes in the portfolio (3 metrics, 10 epics, 1,000 issues each)")
                .yAxisTitle("milliseconds").build();
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setYAxisMin(0.0);
        for (DatabaseResults db : results) {
            double[] x = db.growth().stream().mapToDouble(DatabaseResults.GrowthPoint::outcomes).toArray();
            double[] median = db.growth().stream().mapToDouble(g -> g.latency().median()).toArray();
            double[] p95 = db.growth().stream().mapToDouble(g -> g.latency().p95()).toArray();
            chart.addSeries(db.database() + " median", x, median).setMarker(SeriesMarkers.CIRCLE);
            chart.addSeries(db.database() + " p95", x, p95).setMarker(SeriesMarkers.DIAMOND);
        }
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
