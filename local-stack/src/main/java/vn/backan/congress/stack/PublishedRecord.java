package vn.backan.congress.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads the published record (data/published/figures.csv) the way any district portal would: the
 * whole file through the public import API at the gateway, under an Idempotency-Key made from its
 * bytes, then an admin's approval of each figure it holds, with If-Match. Nothing goes in by SQL,
 * so the import's checks apply to the record as to anyone's figures. Loading again is harmless:
 * the same file replays its first answer, and a figure already approved is left alone.
 */
public final class PublishedRecord {

    /** Where the record lives, relative to the repository. */
    public static final String FILE = "data/published/figures.csv";

    /**
     * What a load did, in the import's own terms; {@code replayed} when the same file had been
     * imported before, so the counts are that first import's and nothing was written now.
     */
    public record Outcome(int created, int updated, int unchanged, boolean replayed, int approved) {

        public int figures() {
            return created + updated + unchanged;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI gateway;
    private final String authorization;

    public PublishedRecord(URI gateway, String adminToken) {
        this.gateway = gateway;
        this.authorization = "Bearer " + adminToken;
    }

    /** The record's figures by indicator|org_unit|year, as {@link #load} matches them. */
    public static java.util.Set<String> keys(Path csv) {
        return recordedValues(csv).keySet();
    }

    /** How many figures the API holds, approved or not (public read). */
    public long figuresHeld() {
        HttpResponse<String> page = send(get("/api/v1/observations?pageSize=1"), 200);
        return page.headers().firstValue("X-Total-Count").map(Long::parseLong)
                .orElseThrow(() -> new StackException("the figures list answered without X-Total-Count"));
    }

    public Outcome load(Path csv) {
        byte[] body = read(csv);
        HttpResponse<String> imported = send(HttpRequest.newBuilder(gateway.resolve("/api/v1/observations/import"))
                .timeout(TIMEOUT).header("Authorization", authorization)
                .header("Content-Type", "text/csv; charset=utf-8")
                .header("Idempotency-Key", "published-record-" + Sha256.hex(body).substring(0, 32))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), 200);
        JsonNode counts = tree(imported.body()).path("counts");
        int approved = approveSubmitted(recordedValues(csv));
        boolean replayed = imported.headers().firstValue("Idempotent-Replayed").filter("true"::equals).isPresent();
        return new Outcome(counts.path("created").asInt(), counts.path("updated").asInt(),
                counts.path("unchanged").asInt(), replayed, approved);
    }

    /**
     * Approves the submitted figures whose key and value are the record's: nobody else's pending
     * figure. All pages are read before the first approval, which takes a figure off the list.
     */
    private int approveSubmitted(Map<String, BigDecimal> record) {
        List<Long> ours = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode items = tree(send(get("/api/v1/observations?state=SUBMITTED&pageSize=100&page=" + page), 200)
                    .body()).path("items");
            for (JsonNode figure : items) {
                BigDecimal value = record.get(figure.path("indicator").asText() + "|" + figure.path("orgUnit").asText()
                        + "|" + figure.path("year").asInt());
                if (value != null && value.compareTo(figure.path("value").decimalValue()) == 0) {
                    ours.add(figure.path("id").asLong());
                }
            }
            if (items.size() < 100) {
                break;
            }
        }
        ours.forEach(this::approve);
        return ours.size();
    }

    private void approve(long id) {
        String path = "/api/v1/observations/" + id;
        String etag = send(get(path), 200).headers().firstValue("ETag")
                .orElseThrow(() -> new StackException(path + " answered without an ETag"));
        send(HttpRequest.newBuilder(gateway.resolve(path + "/approval")).timeout(TIMEOUT)
                .header("Authorization", authorization).header("If-Match", etag)
                .POST(HttpRequest.BodyPublishers.noBody()), 200);
    }

    /**
     * indicator|org_unit|year to value, read from the file as the import reads it: where a figure has
     * several rows (values different pages published), the first is the one the source rule chooses.
     */
    private static Map<String, BigDecimal> recordedValues(Path csv) {
        Map<String, BigDecimal> values = new HashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser rows = CSVParser.parse(csv, StandardCharsets.UTF_8, format)) {
            for (CSVRecord row : rows) {
                values.putIfAbsent(row.get("indicator") + "|" + row.get("org_unit") + "|" + row.get("year"),
                        new BigDecimal(row.get("value")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(gateway.resolve(path)).timeout(TIMEOUT).header("Authorization", authorization)
                .header("Accept", "application/json").GET();
    }

    /** Sends, waiting out the gateway's rate limit (429 with Retry-After) a bounded number of times. */
    private HttpResponse<String> send(HttpRequest.Builder request, int expected) {
        try {
            for (int attempt = 0; ; attempt++) {
                HttpResponse<String> response = http.send(request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() == 429 && attempt < 30) {
                    Thread.sleep(1000L * response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L));
                    continue;
                }
                if (response.statusCode() != expected) {
                    throw new StackException(request.build().method() + " " + request.build().uri().getPath()
                            + " answered " + response.statusCode() + ": " + response.body());
                }
                return response;
            }
        } catch (IOException e) {
            throw new StackException("could not reach the gateway at " + gateway + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while loading the published record");
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new StackException("the API answered with what is not JSON: " + e.getMessage(), e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
