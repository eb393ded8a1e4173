package vn.mttq.giamsat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser talking to the portal in Vaadin's own protocol, without a browser: its own cookies
 * (so its own session), the sign-in form, the portal opened once ({@code ?v-r=init}, the UI is
 * made), then each click as the message Vaadin's client sends ({@code ?v-r=uidl}). Used by the load
 * run and by tests of what the server keeps per UI.
 */
public final class VaadinWire {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
    private final int port;
    private final String window;
    private int uiId = -1;
    private String csrf = "";
    private int syncId;
    private int clientId;
    private String lastMessage;

    public VaadinWire(int port, String window) {
        this.port = port;
        this.window = window;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in through the form; true when the portal let the person in. */
    public boolean signIn(String username, String password) throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        return r.statusCode() == 302 && r.headers().firstValue("Location").map(l -> !l.contains("error")).orElse(false);
    }

    /** Whether a UI is open for this browser (opened and not given up after a failed answer). */
    public boolean isOpen() {
        return uiId >= 0;
    }

    /** Forgets the UI: the next click opens the portal afresh, as a reload would. */
    public void close() {
        uiId = -1;
    }

    /** Opens the portal once, as a browser's first load does: Vaadin makes the UI this browser then works in. */
    public boolean open() throws IOException, InterruptedException {
        String path = "/?v-r=init&location=&query=&v-sh=900&v-sw=1440&v-wh=900&v-ww=1440&v-bh=900&v-bw=1440&v-curdate="
                + System.currentTimeMillis() + "&v-tzo=-420&v-dstd=0&v-rtzo=-420&v-dston=false&v-tzid=Asia%2FHo_Chi_Minh&v-wn="
                + window + "&v-td=0&v-pr=1&v-np=Linux";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
        Matcher ui = UI_ID.matcher(r.body());
        Matcher key = SECURITY_KEY.matcher(r.body());
        if (r.statusCode() != 200 || !ui.find() || !key.find()) {
            return false;
        }
        uiId = Integer.parseInt(ui.group(1));
        csrf = key.group(1);
        syncId = 0;
        clientId = 0;
        return true;
    }

    /** A click on a link of the portal: the navigation event Vaadin's client sends; the answer renders the view. */
    public HttpResponse<String> navigate(String route, String query) throws IOException, InterruptedException {
        return send("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"" + query + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + clientId
                + "},\"trigger\":\"\"}}");
    }

    /** One message of Vaadin's client to the UI (an event, a call), answered with the changes. */
    public HttpResponse<String> send(String invocation) throws IOException, InterruptedException {
        lastMessage = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[" + invocation + "],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
        HttpResponse<String> r = post(lastMessage);
        Matcher sync = SYNC_ID.matcher(r.body());
        Matcher client = CLIENT_ID.matcher(r.body());
        if (sync.find() && client.find()) {
            syncId = Integer.parseInt(sync.group(1));
            clientId = Integer.parseInt(client.group(1));
        }
        return r;
    }

    /**
     * The last message sent again, byte for byte, as Vaadin's client does when it never got the
     * answer (a dropped connection): the server answers with the copy it kept of that answer.
     */
    public HttpResponse<String> resend() throws IOException, InterruptedException {
        return post(lastMessage);
    }

    private HttpResponse<String> post(String message) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url("/?v-r=uidl&v-uiId=" + uiId)))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A download link of a page (a relative {@code VAADIN/dynamic/resource/...} address). */
    public HttpResponse<byte[]> download(String link) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url("/" + link))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
