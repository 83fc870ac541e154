package vn.backan.congress.gateway.download;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.backan.congress.gateway.download.OpenDataFiles.DataFile;

/**
 * The zip of every dataset: the files as the services wrote them, a Frictionless Data Package 2.0
 * descriptor ({@code datapackage.json}: each file's fields and types, size and hash, licence and
 * sources) and a README. The same files give the same bytes (entries in a fixed order with a fixed
 * time), so the download's ETag changes only when the data does.
 */
final class OpenDataPackage {

    static final String PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";
    /** Every entry's time: a fixed one, so the zip's bytes depend on the data alone. */
    private static final FileTime ENTRY_TIME = FileTime.from(Instant.parse("2020-10-28T00:00:00Z"));
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Where it is published and under which licence: the catalogue's settings. */
    record Publication(URI publicUrl, URI licence, String publisherName) {
    }

    private OpenDataPackage() {
    }

    /** The zip of {@code files} (each file's bytes, in {@link OpenDataFiles#ALL}'s order). */
    static byte[] zip(Publication publication, Map<DataFile, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, "README.md", readme(publication).getBytes(StandardCharsets.UTF_8));
            put(zip, "datapackage.json", descriptor(publication, files));
            for (DataFile file : OpenDataFiles.ALL) {
                put(zip, file.zipPath(), files.get(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] descriptor(Publication publication, Map<DataFile, byte[]> files) {
        ObjectNode pkg = JSON.createObjectNode();
        pkg.put("$schema", PROFILE);
        pkg.put("name", "bac-kan-congress-xii");
        pkg.put("title", "Nghị quyết Đại hội XII Đảng bộ tỉnh Bắc Kạn (2020-2025): chỉ tiêu, số liệu, tiến độ,"
                + " chương trình và bầu cử / Resolution of the 12th Bắc Kạn Provincial Party Congress: targets,"
                + " figures, progress, programs and elections");
        pkg.put("description", "Every dataset the Bắc Kạn Congress Open Data API publishes, as it stood when this"
                + " file was made. See README.md.");
        pkg.put("homepage", publication.publicUrl().toString());
        licence(pkg.putArray("licenses"), publication);
        ArrayNode sources = pkg.putArray("sources");
        source(sources, "Tài liệu thông báo nhanh kết quả Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2020 -"
                + " 2025 (Bắc Kạn, 28/10/2020): the resolution, the programs and the congress, served verbatim",
                url(publication, "/api/v1/resolution"));
        source(sources, "Figures published by the province and its districts: the page each comes from is in"
                + " observations.csv (source_url, quote)", url(publication, "/api/v1/observations"));
        pkg.putArray("keywords").add("Bắc Kạn").add("nghị quyết").add("chỉ tiêu").add("resolution").add("targets")
                .add("open data");
        pkg.putArray("contributors").addObject().put("title", publication.publisherName()).putArray("roles")
                .add("publisher");
        ArrayNode resources = pkg.putArray("resources");
        for (DataFile file : OpenDataFiles.ALL) {
            resources.add(resource(publication, file, files.get(file)));
        }
        try {
            return JSON.writeValueAsBytes(pkg);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode resource(Publication publication, DataFile file, byte[] bytes) {
        ObjectNode r = JSON.createObjectNode();
        r.put("name", file.name());
        r.put("path", file.zipPath());
        r.put("title", file.title());
        r.put("description", file.description() + " Dataset: " + file.dataset() + ".");
        r.put("format", file.isTable() ? "csv" : "json");
        r.put("mediatype", file.mediaType());
        r.put("encoding", "utf-8");
        r.put("bytes", bytes.length);
        r.put("hash", "sha256:" + sha256(bytes));
        source(r.putArray("sources"), file.upstream() + "-service, " + file.path(), url(publication, file.path()));
        licence(r.putArray("licenses"), publication);
        if (file.isTable()) {
            r.put("type", "table");
            ObjectNode schema = r.putObject("schema");
            ArrayNode fields = schema.putArray("fields");
            file.fields().forEach(f -> fields.addObject().put("name", f.name()).put("type", f.type()));
            ArrayNode key = schema.putArray("primaryKey");
            file.primaryKey().forEach(key::add);
        }
        return r;
    }

    static String readme(Publication publication) {
        StringBuilder files = new StringBuilder();
        for (DataFile file : OpenDataFiles.ALL) {
            files.append("| `").append(file.zipPath()).append("` | ").append(file.dataset()).append(" | ")
                    .append(file.description()).append(" | `").append(file.path()).append("` |\n");
        }
        return """
                # Bắc Kạn Congress Open Data: every dataset in one download

                The resolution of the 12th Congress of the Bắc Kạn Provincial Party Committee (2020-2025), its
                targets, the yearly figures reported against them, progress, the key programs, tasks and
                solutions, and the congress's elections, as the API at %1$s served them when this file was made.

                ## Licence

                %2$s (%3$s). Name the source when you reuse the data: "Bắc Kạn Congress Open Data,
                published by %4$s (%1$s)".

                ## Sources

                - The resolution, the programs and the congress: the province's "Tài liệu thông báo nhanh kết quả
                  Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2020 - 2025" (Bắc Kạn, 28/10/2020), served
                  verbatim; the English beside the Vietnamese is a translation.
                - Figures: each row of `data/observations.csv` that comes from a published page names it
                  (`source_url`, `source_title`, `publisher`, `published_on`) and quotes the sentence it was
                  read from (`quote`). Other rows were reported through the API by the province's units.
                - Tasks, solutions, updates, contests and results: entered through the API by the province's
                  secretariat, administrators and reporters.

                ## Files

                `datapackage.json` describes every file (Frictionless Data Package 2.0): its fields and their
                types, its size and SHA-256 hash. The CSV files are UTF-8 without a byte-order mark, comma
                separated, with a header row; an empty cell is a missing value. Each file is what its API read
                (last column) answers in CSV; `progress.csv` is every org unit as of the last year of the term
                that has begun.

                | file | dataset | what | API read |
                |---|---|---|---|
                %5$s
                ## Keeping up to date

                The download is made again whenever the data changes; ask with `If-None-Match` and the ETag of
                your copy to get a 304 when nothing changed. To follow every change instead, read the changes
                feeds (`/api/v1/feeds/targets`, `/api/v1/feeds/programs`, `/api/v1/feeds/elections`); the
                catalogue of the datasets is at %1$s/catalog.
                """.formatted(publication.publicUrl(), licenceTitle(publication), publication.licence(),
                publication.publisherName(), files);
    }

    private static void licence(ArrayNode licenses, Publication publication) {
        ObjectNode l = licenses.addObject();
        if (isCcBy4(publication)) {
            l.put("name", "CC-BY-4.0");
        }
        l.put("path", publication.licence().toString());
        l.put("title", licenceTitle(publication));
    }

    private static String licenceTitle(Publication publication) {
        return isCcBy4(publication) ? "Creative Commons Attribution 4.0 International" : "The licence at "
                + publication.licence();
    }

    private static boolean isCcBy4(Publication publication) {
        return publication.licence().toString().startsWith("https://creativecommons.org/licenses/by/4.0");
    }

    private static void source(ArrayNode sources, String title, String path) {
        sources.addObject().put("title", title).put("path", path);
    }

    private static String url(Publication publication, String path) {
        return publication.publicUrl().toString().replaceAll("/+$", "") + path;
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(ENTRY_TIME);
        entry.setCreationTime(ENTRY_TIME);
        entry.setLastAccessTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
