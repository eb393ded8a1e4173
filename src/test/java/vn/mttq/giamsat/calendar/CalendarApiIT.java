package vn.mttq.giamsat.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The public calendar API over real HTTP, as another Front system would call it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CalendarApiIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/calendar/" + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(1)
    void due_date_across_tet_without_signing_in() throws Exception {
        HttpResponse<String> r = get("due-date?from=2026-02-06&workingDays=20");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"dueDate\":\"2026-03-13\"", "\"workingDays\":20");
    }

    @Test
    @Order(2)
    void days_off_list_their_reasons_in_vietnamese_and_english() throws Exception {
        HttpResponse<String> r = get("days-off?year=2026");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"date\":\"2026-02-17\"", "Tết Âm lịch", "Lunar New Year (Tết)", "\"date\":\"2026-04-27\"",
                "Nghỉ bù");
    }

    @Test
    @Order(3)
    void an_ics_feed_of_days_off_for_calendar_applications() throws Exception {
        HttpResponse<String> r = get("days-off.ics?year=2026");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(r.body().replace("\r\n ", "")).startsWith("BEGIN:VCALENDAR").contains("DTSTART;VALUE=DATE:20260217", "SUMMARY:Tết Âm lịch")
                .doesNotContain("Nghỉ hằng tuần").endsWith("END:VCALENDAR\r\n");
    }

    @Test
    @Order(3)
    void compensatory_days_name_the_holiday_they_replace_in_both_languages() throws Exception {
        // 10/02/2027 replaces a Tết day that falls on a weekend; 27/04/2026 replaces Hùng Kings' day (a Sunday)
        String days2027 = get("days-off?year=2027").body();
        assertThat(days2027).contains("\"detail\":\"Tết Âm lịch\"", "\"detailEn\":\"Lunar New Year (Tết)\"")
                .doesNotContain("calendar.reason");
        String ics = get("days-off.ics?year=2026").body().replace("\r\n ", ""); // unfolded
        assertThat(ics).contains("SUMMARY:Nghỉ bù - Giỗ Tổ Hùng Vương").doesNotContain("calendar.reason");
    }

    @Autowired JdbcTemplate jdbc;

    @Test
    @Order(3)
    void a_reason_with_line_breaks_cannot_inject_a_property_into_the_feed() throws Exception {
        // stored behind the input policy's back, as an old or hand-edited row would be
        jdbc.update("""
                insert into calendar_adjustment (day, kind, reason, created_by, created_at, version)
                values ('2093-06-02', 'DAY_OFF', ?, 'test', utc_timestamp(6), 0)""",
                "Nghỉ thêm\r\nATTENDEE:mailto:evil@example.org\rX-INJECTED:1\u202Eabc\uFFFF, một; hai\\ba");
        String ics = get("days-off.ics?year=2093").body();
        assertThat(ics.replace("\r\n", "")).as("no bare CR or LF").doesNotContain("\r", "\n");
        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        Calendar parsed = new CalendarBuilder()
                .build(new StringReader(ics));
        var events = parsed.<VEvent>getComponents("VEVENT");
        assertThat(events).allSatisfy(e -> assertThat(e.getProperties("ATTENDEE")).isEmpty());
        assertThat(parsed.getProperties("X-INJECTED")).isEmpty();
        String summary = events.stream().filter(e -> e.getProperty("DTSTART").map(p -> p.getValue().equals("20930602")).orElse(false))
                .findFirst().orElseThrow().getProperty("SUMMARY").orElseThrow().getValue();
        assertThat(summary).contains("Nghỉ thêm ATTENDEE:mailto:evil@example.org X-INJECTED:1abc, một; hai\\ba")
                .doesNotContain("\u202E", "\uFFFF");
    }

    /** A request as a careless client sends it, with characters no URI class would let through. */
    private String raw(String requestTarget) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET " + requestTarget + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @Order(4)
    void a_malformed_request_gets_the_portals_own_answer_not_the_containers() throws Exception {
        String lessThan = raw("/api/v1/calendar/due-date?from=<2026&workingDays=5");
        assertThat(lessThan).startsWith("HTTP/1.1 400").contains("application/json", "\"error\":", "\"errorEn\":")
                .doesNotContain("Apache Tomcat", "<html");
        String broken = raw("/api/v1/calendar/days-off?year=%zz");
        assertThat(broken).startsWith("HTTP/1.1 400").contains("\"errorEn\":").doesNotContain("Apache Tomcat", "Tomcat/");
        String page = raw("/lich-lam-viec?x=%zz");
        assertThat(page).startsWith("HTTP/1.1 400").contains("Yêu cầu không hợp lệ").doesNotContain("Apache Tomcat", "Tomcat/");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI api(String pathAndQuery) {
        return URI.create("http://localhost:" + port + "/api/" + pathAndQuery);
    }

    private static void assertApiJson(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.uri() + " answers " + r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.headers().firstValue("Location")).isEmpty();
        assertThat(r.body()).contains("\"error\":", "\"errorEn\":").doesNotContain("<html", "Whitelabel");
    }

    @Test
    @Order(4)
    void every_answer_under_api_is_the_apis_own_json() throws Exception {
        assertApiJson(send(HttpRequest.newBuilder(api("v1/calendar/due-date?from=%2B999999999-12-31&workingDays=5"))), 400);
        assertApiJson(send(HttpRequest.newBuilder(api("v1/calendar/days-off?year=2026")).header("Accept", "application/xml")), 406);
        assertApiJson(send(HttpRequest.newBuilder(api("v1/calendar/days-off?year=2026")).header("Accept", "text/html")), 406);
        assertApiJson(send(HttpRequest.newBuilder(api("v1/calendar/days-off.ics?year=2026")).header("Accept", "application/json")), 406);
        assertApiJson(send(HttpRequest.newBuilder(api("v1/calendar/days-off?year=2026")).POST(HttpRequest.BodyPublishers.noBody())), 405);
        assertApiJson(send(HttpRequest.newBuilder(api("v1/calendar/xyz"))), 404);
        assertApiJson(send(HttpRequest.newBuilder(api("v2/anything"))), 404);
    }

    @Test
    @Order(4)
    void bad_and_out_of_range_parameters_get_400_with_a_clear_message() throws Exception {
        HttpResponse<String> badDate = get("due-date?from=06/02/2026&workingDays=20");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("Tham số 'from' phải là ngày dạng YYYY-MM-DD.");
        assertThat(get("due-date?from=2026-02-06").body()).contains("Thiếu tham số 'workingDays'.");
        assertThat(get("due-date?from=2026-02-06&workingDays=abc").statusCode()).isEqualTo(400);
        HttpResponse<String> zero = get("due-date?from=2026-02-06&workingDays=0");
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(zero.body()).contains("Số ngày làm việc phải từ 1 đến 366.");
        HttpResponse<String> year = get("days-off?year=1989");
        assertThat(year.statusCode()).isEqualTo(400);
        assertThat(year.body()).contains("Lịch chỉ tính cho các năm từ 1990 đến 2100.", "The calendar covers the years 1990 to 2100 only.");
        assertThat(get("due-date?from=2100-12-30&workingDays=5").statusCode()).isEqualTo(400);
    }

    @Test
    @Order(5)
    void a_caller_who_floods_the_api_is_slowed_down() throws Exception {
        int limited = 0;
        for (int i = 0; i < 130; i++) {
            HttpResponse<String> r = get("due-date?from=2026-02-06&workingDays=1");
            if (r.statusCode() == 429) {
                limited++;
                assertThat(r.headers().firstValue("Retry-After")).isPresent();
                assertThat(r.body()).contains("Quá nhiều yêu cầu");
            }
        }
        assertThat(limited).isPositive();
    }
}
