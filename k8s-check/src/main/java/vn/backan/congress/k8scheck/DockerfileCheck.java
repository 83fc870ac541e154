package vn.backan.congress.k8scheck;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every project image a manifest runs has a Dockerfile that builds exactly it: the module's
 * {@code src/main/docker/Dockerfile.jvm}, labelled with the same name and tag, on a pinned base,
 * as the same non-root uid the pod runs as, exposing the container's port, with the Quarkus
 * fast-jar layout and the heap sized from the container limit.
 */
public final class DockerfileCheck {

    public static final String IMAGE_PREFIX = "backan-congress/";
    private static final List<String> LAYOUT = List.of("target/quarkus-app/lib/", "target/quarkus-app/*.jar",
            "target/quarkus-app/app/", "target/quarkus-app/quarkus/");

    private DockerfileCheck() {
    }

    public static Path dockerfileOf(Path projectRoot, String module) {
        return projectRoot.resolve(module).resolve("src/main/docker/Dockerfile.jvm");
    }

    public static List<Violation> check(Manifests manifests, Path projectRoot) {
        List<Violation> violations = new ArrayList<>();
        for (Workload w : manifests.workloads()) {
            for (Container c : Env.list(w.pod().getContainers())) {
                ImageRef image = ImageRef.parse(c.getImage() == null ? "" : c.getImage());
                if (!image.name().startsWith(IMAGE_PREFIX)) {
                    continue;
                }
                Path file = dockerfileOf(projectRoot, image.name().substring(IMAGE_PREFIX.length()));
                Consumer<String> report = m -> violations.add(new Violation(w.id(), "image " + image + ": " + m));
                if (!Files.isRegularFile(file)) {
                    report.accept("no Dockerfile at " + projectRoot.relativize(file));
                } else {
                    check(Dockerfile.read(file), image, w, c, report);
                }
            }
        }
        return violations;
    }

    static void check(Dockerfile d, ImageRef image, Workload w, Container c, Consumer<String> report) {
        ImageRef base = ImageRef.parse(d.from());
        if (base.digest() == null && (base.tag() == null || base.tag().equals("latest") || !base.tag().matches(".*\\d.*"))) {
            report.accept("base image " + d.from() + " is not pinned to a version");
        }
        if (!image.name().equals(d.labels().get("org.opencontainers.image.title"))
                || !String.valueOf(image.tag()).equals(d.labels().get("org.opencontainers.image.version"))) {
            report.accept("Dockerfile labels name " + d.labels().get("org.opencontainers.image.title") + ":"
                    + d.labels().get("org.opencontainers.image.version") + ", not the image the manifest runs");
        }
        Long runAs = w.pod().getSecurityContext() == null ? null : w.pod().getSecurityContext().getRunAsUser();
        if (!d.user().matches("[1-9]\\d*")) {
            report.accept("Dockerfile USER '" + d.user() + "' is not a non-root numeric uid");
        } else if (runAs != null && !runAs.toString().equals(d.user())) {
            report.accept("Dockerfile USER " + d.user() + " differs from the pod's runAsUser " + runAs);
        }
        for (ContainerPort port : Env.list(c.getPorts())) {
            if (d.all("EXPOSE").stream().noneMatch(e -> List.of(e.split("\\s+")).contains(port.getContainerPort().toString()))) {
                report.accept("Dockerfile does not EXPOSE the container port " + port.getContainerPort());
            }
        }
        for (String source : LAYOUT) {
            if (d.all("COPY").stream().noneMatch(copy -> copy.startsWith(source + " ") || copy.contains(" " + source + " "))) {
                report.accept("Dockerfile does not COPY " + source);
            }
        }
        if (d.all("ENV").stream().noneMatch(e -> e.startsWith("JAVA_OPTS") && e.contains("-XX:MaxRAMPercentage="))) {
            report.accept("Dockerfile sets no JAVA_OPTS with -XX:MaxRAMPercentage");
        }
    }
}
