package org.preau.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/**
 * The Vaadin 25 client's part of the conversation, as the browser speaks it (../shared notes and
 * load/README.md): a UI is opened by {@code ?v-r=init}, then every message carries the UI's
 * security key and the {@code syncId} / {@code clientId} of the previous answer. Components are
 * found by the element id the views give them ({@code setId}).
 */
final class Uidl {

    /** {@code -DbreakKey=true}: one message per user goes with a wrong security key, to see the checks fail. */
    static final boolean BREAK_KEY = Boolean.getBoolean("breakKey");

    /** A grid asks the client to confirm each data update; the browser answers with {@code confirmUpdate(id)}. */
    private static final String CONFIRM = "\\{\"@v-node\":\\s*(\\d+)\\},\\s*(\\d+),\\s*\"return \\$0\\.\\$connector\\.confirm\\(\\$1\\)\"";
    private static final String ROW_KEY = "\"key\":\\s*\"(\\d+)\",\\s*\"col0\"";
    private static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,"
            + "\"event.clientX\":10,\"event.clientY\":10,\"event.altKey\":false,\"event.button\":0,\"event.screenY\":10,\"event.screenX\":10}";

    private Uidl() {
    }

    /** Opens a UI at that location (what the browser does on a full page load): its id, key and first sync ids. */
    static HttpRequestActionBuilder init(String name, String location) {
        return http(name).get("/?v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8)
                        + "&query=&v-sw=1366&v-sh=900&v-wn=preau&v-tzid=Europe%2FParis&v-tzo=-60&v-dst=0&v-curdate=0&v-td=0")
                .check(status().is(200),
                        jsonPath("$.appConfig['v-uiId']").ofInt().saveAs("uiId"),
                        jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("key"),
                        jsonPath("$.appConfig.uidl.syncId").ofInt().saveAs("syncId"),
                        jsonPath("$.appConfig.uidl.clientId").ofInt().saveAs("clientId"));
    }

    /**
     * One UIDL message with its checks: HTTP 200, no {@code appError}, no {@code syncId: -1}; the
     * next sync ids, the grid updates to confirm, and the node of every element id asked for
     * (missing = the screen is not what it should be: a failure).
     */
    static HttpRequestActionBuilder message(String name, Function<Session, String> rpc, String... ids) {
        HttpRequestActionBuilder request = http(name)
                .post(s -> "/?v-r=uidl&v-uiId=" + s.getInt("uiId"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(s -> envelope(s, rpc.apply(s))))
                .check(status().is(200),
                        substring("\"appError\"").notExists(),
                        regex("\"syncId\"\\s*:\\s*-1").notExists(),
                        jsonPath("$.syncId").ofInt().saveAs("syncId"),
                        jsonPath("$.clientId").ofInt().saveAs("clientId"),
                        regex(CONFIRM).captureGroups(2).findAll().withDefault(List.of()).saveAs("confirms"));
        List<CheckBuilder> checks = new ArrayList<>();
        for (String id : ids) {
            checks.add(jsonPath("$.changes[?(@.key == 'id' && @.value == '" + id + "')].node").ofInt().saveAs("node." + id));
        }
        return checks.isEmpty() ? request : request.check(checks);
    }

    /**
     * The beacon the browser sends when a page is left by a full load (the sign-in form posted):
     * the server closes that UI at once instead of keeping it until its heartbeats stop.
     */
    static HttpRequestActionBuilder unload(String name) {
        return http(name)
                .post(s -> "/?v-r=uidl&v-uiId=" + s.getInt("uiId"))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .body(StringBody(s -> "{\"csrfToken\":\"" + s.getString("key") + "\",\"rpc\":[],\"syncId\":" + s.getInt("syncId")
                        + ",\"clientId\":" + s.getInt("clientId") + ",\"UNLOAD\":true}"))
                .check(status().is(200));
    }

    /** The element's new node when the answer drew it anew; else the one it had stays. */
    static CheckBuilder redrawn(String id) {
        return jsonPath("$.changes[?(@.key == 'id' && @.value == '" + id + "')].node").ofInt().optional().saveAs("node." + id);
    }

    /** The same, keeping one row key of the grid data in the answer (the row a user then clicks). */
    static HttpRequestActionBuilder withRows(HttpRequestActionBuilder request) {
        return request.check(regex(ROW_KEY).findRandom().saveAs("rowKey"));
    }

    /** The whole message: pending grid confirmations first (the browser sends them right after each update). */
    static String envelope(Session s, String rpc) {
        List<String> all = new ArrayList<>();
        if (s.contains("confirms")) {
            for (List<String> c : s.<List<String>>getList("confirms")) {
                all.add("{\"type\":\"publishedEventHandler\",\"node\":" + c.get(0)
                        + ",\"templateEventMethodName\":\"confirmUpdate\",\"templateEventMethodArgs\":[" + c.get(1) + "],\"promise\":0}");
            }
        }
        if (!rpc.isEmpty()) all.add(rpc);
        String key = s.getString("key");
        if (BREAK_KEY && !s.contains("keyBroken")) key = "not-" + key;
        return "{\"csrfToken\":\"" + key + "\",\"rpc\":[" + String.join(",", all) + "],\"syncId\":" + s.getInt("syncId") + ",\"clientId\":" + s.getInt("clientId") + "}";
    }

    /** After the one message with a broken key: the user goes on with the right one (and fails on, as a browser would). */
    static ChainBuilder keyBrokenOnce() {
        return exec(s -> BREAK_KEY ? s.set("keyBroken", true) : s);
    }

    /** Only the grid confirmations the last answer asked for, as the browser sends them right after it. */
    static HttpRequestActionBuilder confirm(String name) {
        return message(name, s -> "");
    }

    static String navigate(String route) {
        return "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}";
    }

    static Function<Session, String> click(String id) {
        return s -> "{\"type\":\"event\",\"node\":" + s.getInt("node." + id) + ",\"event\":\"click\",\"data\":" + CLICK_DATA + "}";
    }

    /**
     * A click on a grid row, by the row key the server sent. Rows that open something listen to the
     * grid's {@code cell-activate} (a click or Space; Enter too, see {@code RowOpener}), with the row's key.
     */
    static Function<Session, String> clickRow(String gridId) {
        return s -> "{\"type\":\"event\",\"node\":" + s.getInt("node." + gridId) + ",\"event\":\"cell-activate\",\"data\":{"
                + "\"event.detail.model.item.key\":\"" + s.getString("rowKey") + "\"}}";
    }

    /** A value typed into a field: the property, then the event the field listens to ({@code change}, or {@code input} when lazy). */
    static String type(Session s, String id, String value, String event) {
        return "{\"type\":\"mSync\",\"node\":" + s.getInt("node." + id) + ",\"feature\":1,\"property\":\"value\",\"value\":\""
                + json(value) + "\"},{\"type\":\"event\",\"node\":" + s.getInt("node." + id) + ",\"event\":\"" + event + "\",\"data\":{}}";
    }

    /** A checkbox ticked or unticked. */
    static String check(Session s, String id, boolean checked) {
        return "{\"type\":\"mSync\",\"node\":" + s.getInt("node." + id) + ",\"feature\":1,\"property\":\"checked\",\"value\":" + checked
                + "},{\"type\":\"event\",\"node\":" + s.getInt("node." + id) + ",\"event\":\"checked-changed\",\"data\":{}}";
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
