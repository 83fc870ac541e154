package vn.backan.congress.k8scheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Java fallback must render what kubectl renders, or the check means less without kubectl. */
class FallbackRendererTest {

    /** How many objects each overlay declares, so a lost or duplicated file shows without kubectl too. */
    private static final int OBJECTS_LOCAL = 63;
    private static final int OBJECTS_PRODUCTION = 87;

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void rendersTheSameObjectsAsKubectl(String overlay) {
        Map<String, JsonNode> fallback = byId(new FallbackRenderer().render(Project.overlay(overlay)));
        // Without kubectl there is no reference; the tests below still pin the fallback's output.
        Map<String, JsonNode> reference = KubectlRenderer.isAvailable()
                ? byId(new KubectlRenderer().render(Project.overlay(overlay))) : fallback;
        assertEquals(reference.keySet(), fallback.keySet());
        reference.forEach((id, object) -> assertEquals(object, fallback.get(id), id));
        assertEquals(overlay.equals("local") ? OBJECTS_LOCAL : OBJECTS_PRODUCTION, fallback.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void appliesNamespaceReplicasAndPatches(String overlay) {
        List<JsonNode> objects = new FallbackRenderer().render(Project.overlay(overlay));
        for (JsonNode o : objects) {
            String expected = o.path("kind").asText().equals("Namespace") ? "" : "backan-congress";
            assertEquals(expected, o.path("metadata").path("namespace").asText(), o.toString());
        }
        JsonNode gateway = objects.stream().filter(o -> o.path("kind").asText().equals("Deployment")
                && o.path("metadata").path("name").asText().equals("gateway")).findFirst().orElseThrow();
        JsonNode container = gateway.path("spec").path("template").path("spec").path("containers").get(0);
        boolean local = overlay.equals("local");
        assertEquals(local ? 1 : 2, gateway.path("spec").path("replicas").asInt());
        assertEquals(local ? "50m" : "250m", container.path("resources").path("requests").path("cpu").asText());
        assertEquals("/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText(),
                "a patch must merge into the container, not replace it");
        assertEquals(!local, gateway.path("spec").path("template").path("spec").has("affinity"));
    }

    @Test
    void refusesAKustomizeFeatureItDoesNotImplement(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                namePrefix: staging-
                resources: []
                """);
        RenderException e = assertThrows(RenderException.class, () -> new FallbackRenderer().render(dir));
        assertTrue(e.getMessage().contains("namePrefix"), e.getMessage());
    }

    @Test
    void refusesAPatchWithoutTarget(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [cm.yaml]
                patches: [{path: patch.yaml}]
                """);
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n");
        Files.writeString(dir.resolve("patch.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n");
        RenderException e = assertThrows(RenderException.class, () -> new FallbackRenderer().render(dir));
        assertEquals("patch target not found: ConfigMap b", e.getMessage());
    }

    /** kustomize would add a hash of the content to the name; the fallback does not compute it. */
    @Test
    void refusesAGeneratedConfigMapWithItsNameHash(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                configMapGenerator: [{name: realm, files: [a-realm.json]}]
                """);
        Files.writeString(dir.resolve("a-realm.json"), "{}");
        RenderException e = assertThrows(RenderException.class, () -> new FallbackRenderer().render(dir));
        assertTrue(e.getMessage().contains("disableNameSuffixHash"), e.getMessage());
    }

    private static Map<String, JsonNode> byId(List<JsonNode> objects) {
        Map<String, JsonNode> byId = new TreeMap<>();
        for (JsonNode o : objects) {
            String id = o.path("kind").asText() + "/" + o.path("metadata").path("namespace").asText()
                    + "/" + o.path("metadata").path("name").asText();
            assertEquals(null, byId.put(id, o), "rendered twice: " + id);
        }
        return byId;
    }
}
