package com.spinedesk.charting.web;

import com.spinedesk.charting.application.ChartSummary.PainPoint;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The pain-score trend across visits as a Chart.js line chart for {@code p:chart}: 0–10 on a fixed
 * scale so a drop of 2 points (the clinically important change) looks the same on every chart, no
 * animation, and a spoken summary for screen readers.
 */
final class PainTrend {

  private PainTrend() {}

  static String chartJson(
      List<PainPoint> points, Function<LocalDate, String> dateLabel, String label) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (PainPoint p : points) {
      labels.add(dateLabel.apply(p.date()));
      values.add(p.pain());
    }
    return Json.createObjectBuilder()
        .add("type", "line")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", label)
                                .add("data", values)
                                .add("borderColor", "#0b5cad")
                                .add("backgroundColor", "#0b5cad")
                                .add("pointRadius", 5)
                                .add("tension", 0))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("min", 0)
                                .add("max", 10)
                                .add("ticks", Json.createObjectBuilder().add("stepSize", 2))))
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false))))
        .build()
        .toString();
  }
}
