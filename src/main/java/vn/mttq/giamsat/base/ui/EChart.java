package vn.mttq.giamsat.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An Apache ECharts chart (bars, lines over periods, or a map of units) as a Flow component. Views give it a typed {@link BarChart}; the
 * browser side (frontend/components/mttq-echart.ts) escapes all text in tooltips and reports
 * clicks back as {@link ClickEvent}s for drill-down.
 */
@Tag("mttq-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/mttq-echart.ts")
public class EChart extends Component implements HasSize {

    /**
     * One bar series; values line up with {@link BarChart#categories()}. {@code tone} names one of
     * the portal's state colours (a CSS custom property such as {@code --portal-state-red}), so an
     * overdue bar is red on the chart as on every badge; null leaves the chart's own palette.
     */
    public record Series(String name, List<Long> values, @Nullable String tone) {
        public Series(String name, List<Long> values) {
            this(name, values, null);
        }

        public Series {
            if (tone != null && !tone.matches("--portal-[a-z0-9-]+")) {
                throw new IllegalArgumentException("tone must name a --portal-* colour: " + tone);
            }
        }
    }

    /**
     * What the chart shows. Text is plain text, never HTML or formatter code. {@code kind} is
     * "bar", "line" (a trend over periods) or "map" (one series coloured over the regions of
     * {@code geoJson}, whose features are named like the categories); {@code suffix} follows
     * every value in labels and tooltips ("%").
     */
    public record BarChart(String title, List<String> categories, List<Series> series, boolean horizontal, String kind,
                           @Nullable String geoJson, String suffix) {
        public BarChart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            for (Series s : series) {
                if (s.values().size() != categories.size()) {
                    throw new IllegalArgumentException("series " + s.name() + " does not match the categories");
                }
            }
            if (!List.of("bar", "line", "map").contains(kind) || ("map".equals(kind) != (geoJson != null))) {
                throw new IllegalArgumentException("a map chart, and only a map chart, needs its GeoJSON: " + kind);
            }
        }

        public BarChart(String title, List<String> categories, List<Series> series, boolean horizontal) {
            this(title, categories, series, horizontal, "bar", null, "");
        }

        /** Bars whose values are percentages. */
        public static BarChart percent(String title, List<String> categories, List<Series> series, boolean horizontal) {
            return new BarChart(title, categories, series, horizontal, "bar", null, "%");
        }

        public static BarChart line(String title, List<String> categories, List<Series> series) {
            return new BarChart(title, categories, series, false, "line", null, "");
        }

        public static BarChart map(String title, List<String> regions, Series values, String geoJson) {
            return new BarChart(title, regions, List.of(values), false, "map", geoJson, "");
        }
    }

    private BarChart model = new BarChart("", List.of(), List.of(), false);

    public EChart() {
        setWidthFull();
        setHeight("420px");
    }

    public void setModel(BarChart model) {
        this.model = model;
        getElement().setPropertyBean("model", model);
    }

    public BarChart getModel() {
        return model;
    }

    public Registration addClickListener(ComponentEventListener<ClickEvent> listener) {
        return addListener(ClickEvent.class, listener);
    }

    /** A click on a bar: which category (e.g. which district) and its position. */
    @DomEvent("chart-click")
    public static class ClickEvent extends ComponentEvent<EChart> {
        private final String category;
        private final String series;
        private final int index;

        public ClickEvent(EChart source, boolean fromClient,
                          @EventData("event.detail.category") String category,
                          @EventData("event.detail.series") String series,
                          @EventData("event.detail.index") int index) {
            super(source, fromClient);
            this.category = category;
            this.series = series;
            this.index = index;
        }

        /** The name of the series the clicked bar belongs to ("" for a map region). */
        public String getSeries() {
            return series;
        }

        public String getCategory() {
            return category;
        }

        public int getIndex() {
            return index;
        }
    }
}
