package vn.mttq.giamsat.dashboard;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.mttq.giamsat.base.ui.NarrowScreens;
import vn.mttq.giamsat.indicators.Indicator;
import vn.mttq.giamsat.indicators.IndicatorService;

/** The indicator catalogue as a page: what every figure of the reports, the dashboard and the API means and how it is counted. */
@Route("thong-ke/chi-tieu")
@Menu(order = 505, title = "menu.indicators", icon = "vaadin:list-ol")
@PermitAll
class IndicatorsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Indicator> grid = new Grid<>();

    IndicatorsView(IndicatorService indicators) {
        addClassName("page");
        setSizeFull();
        H2 title = new H2(getTranslation("menu.indicators"));
        title.addClassName("page-title");
        Paragraph intro = new Paragraph(getTranslation("indicators.intro"));
        intro.addClassName("page-intro");
        grid.addColumn(Indicator::code).setHeader(getTranslation("report.col.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.name(getLocale())).setHeader(getTranslation("report.col.indicator")).setFlexGrow(3);
        grid.addColumn(i -> i.measure(getLocale())).setHeader(getTranslation("report.col.measure")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> getTranslation("indicators.feature." + i.feature())).setHeader(getTranslation("indicators.feature"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.method(getLocale())).setHeader(getTranslation("indicators.method")).setFlexGrow(4)
                .setTooltipGenerator(i -> i.method(getLocale()));
        grid.getColumns().get(1).setTooltipGenerator(i -> i.name(getLocale()));
        // on a phone one card per indicator: its name, then code, measure and how it is counted
        NarrowScreens.cards(grid, getTranslation("report.col.indicator"), i -> i.name(getLocale()),
                i -> i.code() + " · " + i.measure(getLocale()) + " · " + i.method(getLocale()), i -> "", i -> "");
        grid.setItems(indicators.catalogue());
        grid.setSizeFull();
        grid.addClassName("indicator-catalogue");
        add(title, intro, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.indicators");
    }
}
