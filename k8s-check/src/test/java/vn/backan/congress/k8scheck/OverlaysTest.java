package vn.backan.congress.k8scheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The check itself, in the build: every overlay renders and breaks no rule. */
class OverlaysTest {

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void overlayPassesEveryRule(String overlay) {
        ManifestCheck.Result result = ManifestCheck.run(Project.overlay(overlay), Renderer.forThisMachine());
        assertEquals(List.of(), result.violations(), "violations in overlay " + overlay);
    }

    @org.junit.jupiter.api.Test
    void ingressControllerSettingsPassEveryRule() {
        ManifestCheck.Result result = ManifestCheck.runControllerSettings(Project.ingressController(), Renderer.forThisMachine());
        assertEquals(List.of(), result.violations());
        assertEquals(1, result.manifests().all(io.fabric8.kubernetes.api.model.ConfigMap.class).size(),
                "the controller's ConfigMap was rendered, so the rules saw it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void overlayRendersTheWholeSystem(String overlay) {
        Manifests manifests = ManifestCheck.run(Project.overlay(overlay), Renderer.forThisMachine()).manifests();
        Set<String> deployments = manifests.all(Deployment.class).stream()
                .map(d -> d.getMetadata().getName()).collect(Collectors.toSet());
        Set<String> databases = manifests.custom(OperatorPods.MARIADB).stream()
                .map(s -> s.getMetadata().getName()).collect(Collectors.toSet());
        assertEquals(Set.of("gateway", "portal", "targets-service", "programs-service", "elections-service", "keycloak"),
                deployments);
        assertEquals(Set.of("targets-db", "programs-db", "elections-db", "keycloak-db"), databases);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void projectImagesHaveMatchingDockerfiles(String overlay) {
        Manifests manifests = ManifestCheck.run(Project.overlay(overlay), Renderer.forThisMachine()).manifests();
        assertFalse(manifests.workloads().isEmpty());
        assertEquals(List.of(), DockerfileCheck.check(manifests, Project.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyImageIsPinned(String overlay) {
        Manifests manifests = ManifestCheck.run(Project.overlay(overlay), Renderer.forThisMachine()).manifests();
        List<String> images = manifests.workloads().stream()
                .flatMap(w -> w.pod().getContainers().stream()).map(c -> c.getImage()).toList();
        // Production's replicated databases add the operator's agent sidecar to each MariaDB pod.
        assertEquals(overlay.equals("local") ? 10 : 14, images.size());
        assertTrue(images.stream().allMatch(i -> i.matches("(backan-congress/[a-z-]+:1\\.0\\.0|mariadb:10\\.11\\.\\d+"
                + "|quay\\.io/keycloak/keycloak:\\d+\\.\\d+\\.\\d+|ghcr\\.io/mariadb-operator/mariadb-operator:26\\.6\\.0)")),
                images.toString());
    }
}
