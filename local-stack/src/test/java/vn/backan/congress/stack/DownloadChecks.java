package vn.backan.congress.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one download of the real stack, read as an open-data client would: a zip whose
 * datapackage.json is valid against the Frictionless Data Package 2.0 profile
 * (standards/frictionless), whose every file has the size and hash it declares, and whose every
 * CSV has the declared header, values of the declared types and a unique primary key. Its ETag
 * holds while nothing changes and moves with a write.
 */
final class DownloadChecks {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private DownloadChecks() {
    }

    static void run(StackConfig config, int gateway, Path root) throws Exception {
        String secretariat = "Bearer " + StackCli.issueToken(config, "secretariat", null);
        String admin = "Bearer " + StackCli.issueToken(config, "admin", null);
        // A contest with counted minutes, so the contests and results tables have rows to check.
        String code = "E2E-DOWNLOAD-" + System.currentTimeMillis() % 1_000_000_000;
        assertEquals(201, LocalStackEndToEndTest.post(gateway, "/api/v1/contests", secretariat, "{\"code\":\"" + code
                + "\",\"bodyCode\":\"EXECUTIVE-COMMITTEE-XII\",\"name\":{\"vi\":\"Bầu thử\",\"en\":\"Test\"},\"seats\":1,"
                + "\"alternateSeats\":0,\"ballotStyle\":\"AGREE_DISAGREE\",\"ruleSet\":\"244-2014\",\"electorate\":"
                + "\"COMMITTEE_MEMBERS\",\"heldOn\":\"2020-10-28\",\"candidates\":[{\"name\":\"Nông Văn Tải\"}]}")
                .statusCode());
        assertEquals(201, LocalStackEndToEndTest.post(gateway, "/api/v1/contests/" + code + "/rounds/1/sheets",
                secretariat, "{\"countingCommittee\":[\"Trưởng ban\"],\"summoned\":47,\"present\":45,\"absent\":2,"
                        + "\"ballotsIssued\":45,\"ballotsCollected\":45,\"validBallots\":45,\"invalidBallots\":0,"
                        + "\"lines\":[{\"candidateId\":\"nong-van-tai\",\"agree\":40,\"disagree\":3,\"notCounted\":2}]}")
                .statusCode());

        HttpResponse<byte[]> first = get(gateway, null);
        assertEquals(200, first.statusCode());
        assertEquals("application/zip", first.headers().firstValue("Content-Type").orElse(""));
        assertTrue(first.headers().allValues("Link").stream().anyMatch(l -> l.contains("rel=\"license\"")));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        Map<String, byte[]> files = unzip(first.body());

        JsonNode descriptor = JSON.readTree(files.get("datapackage.json"));
        assertEquals(List.of(), profileErrors(root, descriptor), "datapackage.json against the 2.0 profile");
        String readme = new String(files.get("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("https://creativecommons.org/licenses/by/4.0/"), readme);
        assertTrue(readme.contains("Creative Commons Attribution 4.0"), readme);
        Map<String, Integer> rows = new HashMap<>();
        for (JsonNode resource : descriptor.get("resources")) {
            byte[] bytes = files.get(resource.get("path").asText());
            assertTrue(bytes != null, resource.get("path").asText() + " is in the zip");
            assertEquals(resource.get("bytes").asLong(), bytes.length, resource.get("name").asText());
            assertEquals(resource.get("hash").asText(), "sha256:" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(bytes)), resource.get("name").asText());
            if (resource.has("schema")) {
                rows.put(resource.get("name").asText(), checkTable(resource, new String(bytes, StandardCharsets.UTF_8)));
            } else {
                assertTrue(JSON.readTree(bytes).has("persons"), "the Popolo JSON");
            }
        }
        assertEquals(69, rows.get("indicators"));
        assertEquals(9, rows.get("org-units"), "the province and eight districts");
        assertEquals(9 * 69, rows.get("progress"), "every org unit by every indicator");
        assertTrue(rows.get("observations") >= 105, "the published record's 105 figures at least");
        assertTrue(rows.get("contest-results") >= 1 && rows.get("contests") >= 1, rows.toString());

        HttpResponse<byte[]> again = get(gateway, etag);
        assertEquals(304, again.statusCode(), "nothing changed");

        // A value this figure does not hold yet: the e2e data directory may keep an earlier run's.
        String figure = "/api/v1/observations?indicator=UTL-RURAL-CLEAN-WATER&orgUnit=065&year=2021";
        JsonNode held = JSON.readTree(LocalStackEndToEndTest.get(gateway, figure, null).body()).path("items");
        String value = held.size() > 0 && held.get(0).path("value").decimalValue().compareTo(new BigDecimal("77.25")) == 0
                ? "77.5" : "77.25";
        assertEquals(200, LocalStackEndToEndTest.post(gateway, "/api/v1/observations/import", admin,
                "[{\"indicator\":\"UTL-RURAL-CLEAN-WATER\",\"orgUnit\":\"065\",\"year\":2021,\"value\":" + value
                        + "}]").statusCode());
        HttpResponse<byte[]> changed = get(gateway, etag);
        assertEquals(200, changed.statusCode(), "a figure was written");
        assertNotEquals(etag, changed.headers().firstValue("ETag").orElseThrow());
        String observations = new String(unzip(changed.body()).get("data/observations.csv"), StandardCharsets.UTF_8);
        assertTrue(observations.contains("UTL-RURAL-CLEAN-WATER,065,2021," + value + ","), "the new figure is in it");
    }

    /** The 503 a download is while a service is down: no zip missing a dataset. */
    static void refusedWhileAServiceIsDown(int gateway) throws Exception {
        HttpResponse<byte[]> down = get(gateway, null);
        assertEquals(503, down.statusCode());
        assertEquals("application/problem+json", down.headers().firstValue("Content-Type").orElse(""));
    }

    /** Checks a CSV against its Table Schema; gives its number of rows. */
    private static int checkTable(JsonNode resource, String csv) throws IOException {
        String name = resource.get("name").asText();
        assertFalse(csv.startsWith("\uFEFF"), name + ": no byte-order mark, as the README says");
        List<String> names = resource.at("/schema/fields").findValuesAsText("name");
        List<String> types = resource.at("/schema/fields").findValuesAsText("type");
        List<String> key = JSON.convertValue(resource.at("/schema/primaryKey"), List.class);
        Set<List<String>> keys = new HashSet<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv))) {
            assertEquals(names, parser.getHeaderNames(), name + ": the header is the declared fields");
            int count = 0;
            for (CSVRecord row : parser) {
                for (int i = 0; i < names.size(); i++) {
                    String value = row.get(i);
                    assertTrue(value.isEmpty() || parses(types.get(i), value),
                            name + " row " + row.getRecordNumber() + ": " + names.get(i) + " = '" + value + "' is no "
                                    + types.get(i));
                }
                assertTrue(keys.add(key.stream().map(row::get).toList()), name + ": primary key repeated in row "
                        + row.getRecordNumber());
                count++;
            }
            return count;
        }
    }

    private static boolean parses(String type, String value) {
        try {
            switch (type) {
                case "string" -> { }
                case "integer" -> Long.parseLong(value);
                case "number" -> new BigDecimal(value);
                case "boolean" -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        return false;
                    }
                }
                case "date" -> LocalDate.parse(value);
                case "datetime" -> OffsetDateTime.parse(value);
                default -> {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The descriptor's errors against the Data Package 2.0 profile, read from the copy in the repository. */
    private static List<String> profileErrors(Path root, JsonNode descriptor) {
        URI profile = root.resolve("standards/frictionless/datapackage.json").toUri();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(SchemaLocation.of(profile.toString()));
        return schema.validate(descriptor).stream().map(ValidationMessage::getMessage).toList();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static HttpResponse<byte[]> get(int gateway, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + gateway + "/download.zip"));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
