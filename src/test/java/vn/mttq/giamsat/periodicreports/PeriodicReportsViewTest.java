package vn.mttq.giamsat.periodicreports;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.mttq.giamsat.SignIn;

/** The standings' phone cards carry each unit's report state as the wide list's badge says it. */
@SpringBootTest
@Import(SignIn.class)
class PeriodicReportsViewTest extends SpringBrowserlessTest {

    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_standings_card_shows_the_reports_state() {
        signIn.as("lanhdao");
        PeriodicReportsView view = navigate(PeriodicReportsView.class);
        Grid<PeriodicReportService.Standing> grid = view.standings;
        Grid.Column<PeriodicReportService.Standing> card = grid.getColumns().getLast();
        var providers = ((LitRenderer<PeriodicReportService.Standing>) card.getRenderer()).getValueProviders();
        var rows = grid.getListDataView().getItems().toList();
        assertThat(rows).isNotEmpty();
        for (var row : rows) {
            // a card's properties are plain strings: a map would reach the browser as a bean, and the badge empty
            assertThat(providers.get("state").apply(row)).as(row.unitName()).isInstanceOf(String.class).asString().isNotBlank();
            assertThat(providers.get("stateClass").apply(row)).asString().contains("state-");
        }
    }
}
