package vn.backan.congress.k8scheck;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/** Turns a kustomize directory into the objects it would apply. */
public interface Renderer {

    List<JsonNode> render(Path kustomizationDir);

    String name();

    /**
     * kubectl's own kustomize when it is installed (the reference), else the Java fallback.
     * {@code -Dk8s.renderer=fallback} forces the fallback, to see what a machine without kubectl sees.
     */
    static Renderer forThisMachine() {
        boolean forced = "fallback".equals(System.getProperty("k8s.renderer"));
        return KubectlRenderer.isAvailable() && !forced ? new KubectlRenderer() : new FallbackRenderer();
    }
}
