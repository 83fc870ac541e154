package vn.backan.congress.k8scheck;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A copy of k8s/ in a temporary directory, to break on purpose. */
final class K8sCopy {

    private final Path root;

    private K8sCopy(Path root) {
        this.root = root;
    }

    static K8sCopy of(Path tempDir) {
        Path root = tempDir.resolve("k8s");
        try (Stream<Path> files = Files.walk(Project.K8S)) {
            for (Path source : files.toList()) {
                Path target = root.resolve(Project.K8S.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new K8sCopy(root);
    }

    /** Replaces text in one file; fails when the text is not there, so a test never breaks nothing. */
    K8sCopy replace(String file, String text, String replacement) {
        Path path = root.resolve(file);
        try {
            String before = Files.readString(path);
            String after = before.replace(text, replacement);
            assertNotEquals(before, after, "'" + text + "' is not in " + file);
            Files.writeString(path, after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    List<Violation> check(String overlay, Renderer renderer) {
        return ManifestCheck.run(root.resolve("overlays").resolve(overlay), renderer).violations();
    }

    /** Checks a kustomization of the copy outside overlays/, e.g. "ingress-nginx". */
    List<Violation> checkDirectory(String directory, Renderer renderer) {
        return ManifestCheck.runControllerSettings(root.resolve(directory), renderer).violations();
    }

    /** The fallback always, and kubectl too where it is installed. */
    static Stream<Renderer> renderers() {
        return KubectlRenderer.isAvailable()
                ? Stream.of(new KubectlRenderer(), new FallbackRenderer())
                : Stream.of(new FallbackRenderer());
    }
}
