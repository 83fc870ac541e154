package vn.backan.congress.k8scheck;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Renders with {@code kubectl kustomize}, which needs no cluster and no network. */
public final class KubectlRenderer implements Renderer {

    private static final String KUBECTL = "kubectl";

    public static boolean isAvailable() {
        if ("fallback".equals(System.getProperty("k8s.renderer"))) {
            return false;
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, KUBECTL))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String name() {
        return "kubectl kustomize";
    }

    @Override
    public List<JsonNode> render(Path kustomizationDir) {
        try {
            Path err = Files.createTempFile("kubectl-kustomize", ".err");
            try {
                Process process = new ProcessBuilder(KUBECTL, "kustomize", kustomizationDir.toString())
                        .redirectError(err.toFile())
                        .start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new RenderException("kubectl kustomize did not finish in 60 s");
                }
                if (process.exitValue() != 0) {
                    throw new RenderException(Files.readString(err).strip());
                }
                return Yaml.readAll(out);
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("interrupted");
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
