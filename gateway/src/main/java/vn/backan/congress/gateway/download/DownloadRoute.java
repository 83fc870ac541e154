package vn.backan.congress.gateway.download;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import vn.backan.congress.commons.etag.ConditionalReads;
import vn.backan.congress.commons.etag.ETags;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.problem.Problems;
import vn.backan.congress.commons.web.ProblemWriter;
import vn.backan.congress.gateway.config.GatewayConfig;
import vn.backan.congress.gateway.download.OpenDataFiles.DataFile;
import vn.backan.congress.gateway.limits.RateLimiter;
import vn.backan.congress.gateway.openapi.UpstreamReader;
import vn.backan.congress.gateway.openapi.UpstreamReader.TaggedBytes;

/**
 * {@code GET /download.zip} (and HEAD): every dataset in one zip with its Frictionless descriptor.
 * Each request revalidates every file with the services ({@code If-None-Match}: a service answers
 * an unchanged file with a 304 from its cache); the zip is made again only when a file changed,
 * and its ETag is the hash of its bytes. When a service cannot answer, the answer is a 503: a zip
 * missing a dataset, or an old one passed off as current, would mislead a mirror.
 */
@ApplicationScoped
public class DownloadRoute {

    static final String PATH = "/download.zip";
    static final String FILE_NAME = "bac-kan-congress-open-data.zip";

    /** A made zip and the files it was made from. */
    private record Made(List<TaggedBytes> parts, byte[] zip, String etag) {
    }

    @Inject
    GatewayConfig config;

    @Inject
    UpstreamReader reader;

    @Inject
    RateLimiter rateLimiter;

    private final AtomicReference<Made> last = new AtomicReference<>();

    void register(@Observes Router router) {
        router.route(PATH).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        if (!rateLimiter.admit(ctx, RateLimiter.DEFAULT_GROUP)) {
            return;
        }
        current(ctx).onComplete(made -> {
            if (made.failed()) {
                ProblemWriter.send(ctx, Problems.of(ProblemType.UPSTREAM_UNAVAILABLE, 503, "The download cannot be"
                        + " made now: " + made.cause().getMessage() + ". Try again shortly."), Map.of("Retry-After", "5"));
                return;
            }
            Made zip = made.result();
            ctx.response().putHeader("ETag", zip.etag()).putHeader("Cache-Control", "public, no-cache");
            if (ConditionalReads.notModified(ctx.request().getHeader("If-None-Match"), null, zip.etag(), null)) {
                ctx.response().setStatusCode(304).end();
                return;
            }
            ctx.response().putHeader("Content-Type", "application/zip")
                    .putHeader("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"")
                    .end(Buffer.buffer(zip.zip()));
        });
    }

    /** The zip of the data as it is now: the last one when no file changed, else a new one. */
    private Future<Made> current(RoutingContext ctx) {
        Made known = last.get();
        List<Future<TaggedBytes>> reads = new ArrayList<>();
        for (int i = 0; i < OpenDataFiles.ALL.size(); i++) {
            DataFile file = OpenDataFiles.ALL.get(i);
            String path = file.isTable() ? file.path() + "&bom=false" : file.path();
            reads.add(reader.revalidateBytes(file.upstream(), path, file.mediaType(),
                    config.download().upstreamTimeout(), known == null ? null : known.parts().get(i)));
        }
        return Future.all(reads).compose(all -> {
            List<TaggedBytes> parts = reads.stream().map(Future::result).toList();
            if (known != null && sameParts(known.parts(), parts)) {
                return Future.succeededFuture(known);
            }
            // Zipping and hashing take a moment: off the event loop.
            return ctx.vertx().executeBlocking(() -> {
                Map<DataFile, byte[]> files = new LinkedHashMap<>();
                for (int i = 0; i < parts.size(); i++) {
                    files.put(OpenDataFiles.ALL.get(i), parts.get(i).body().getBytes());
                }
                byte[] zip = OpenDataPackage.zip(publication(), files);
                Made made = new Made(parts, zip, ETags.ofBytes(zip));
                last.set(made);
                return made;
            });
        });
    }

    /** Every file the very one kept (a 304 hands back the kept part itself). */
    private static boolean sameParts(List<TaggedBytes> kept, List<TaggedBytes> now) {
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i) != now.get(i)) {
                return false;
            }
        }
        return true;
    }

    private OpenDataPackage.Publication publication() {
        return new OpenDataPackage.Publication(config.catalog().publicUrl(), config.catalog().licence(),
                config.catalog().publisherName());
    }
}
