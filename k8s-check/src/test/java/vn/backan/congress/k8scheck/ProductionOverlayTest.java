package vn.backan.congress.k8scheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the issue asks of each overlay beyond the rules every overlay obeys. */
class ProductionOverlayTest {

    private static final Manifests PRODUCTION = render("production");
    private static final Manifests LOCAL = render("local");

    private static Manifests render(String overlay) {
        return ManifestCheck.run(Project.overlay(overlay), Renderer.forThisMachine()).manifests();
    }

    @Test
    void everyServiceThePortalTheGatewayAndKeycloakRunTwiceSpreadOverNodes() {
        List<Workload> stateless = PRODUCTION.workloads().stream().filter(w -> w.kind().equals("Deployment")).toList();
        assertEquals(6, stateless.size());
        for (Workload w : stateless) {
            assertTrue(w.replicas() >= 2, w.id());
            var antiAffinity = w.pod().getAffinity().getPodAntiAffinity()
                    .getPreferredDuringSchedulingIgnoredDuringExecution().get(0).getPodAffinityTerm();
            assertEquals("kubernetes.io/hostname", antiAffinity.getTopologyKey());
            assertTrue(Selectors.matches(antiAffinity.getLabelSelector(), w.labels()), w.id());
        }
    }

    /** Keycloak has its budget but a fixed two replicas: it issues a token per district portal every few minutes. */
    @Test
    void everyDeploymentHasADisruptionBudgetAndEveryApplicationACpuAutoscaler() {
        for (Deployment d : PRODUCTION.all(Deployment.class)) {
            Workload w = PRODUCTION.workloads().stream().filter(x -> x.name().equals(d.getMetadata().getName()))
                    .findFirst().orElseThrow();
            PodDisruptionBudget pdb = PRODUCTION.all(PodDisruptionBudget.class).stream()
                    .filter(p -> Selectors.matches(p.getSpec().getSelector(), w.labels())).findFirst().orElse(null);
            assertNotNull(pdb, "no PodDisruptionBudget for " + w.id());
            assertTrue(pdb.getSpec().getMinAvailable().getIntVal() < w.replicas(), "the budget must allow a drain");
            if (w.component().equals(Workload.IDENTITY_PROVIDER)) {
                assertTrue(PRODUCTION.find(HorizontalPodAutoscaler.class, "backan-congress", w.name()).isEmpty());
                continue;
            }
            HorizontalPodAutoscaler hpa = PRODUCTION.find(HorizontalPodAutoscaler.class, "backan-congress", w.name())
                    .orElseThrow();
            assertEquals(Map.of("kind", "Deployment", "name", w.name()), Map.of(
                    "kind", hpa.getSpec().getScaleTargetRef().getKind(), "name", hpa.getSpec().getScaleTargetRef().getName()));
            assertTrue(hpa.getSpec().getMinReplicas() >= 2);
            assertEquals("cpu", hpa.getSpec().getMetrics().get(0).getResource().getName());
        }
    }

    @Test
    void localRunsOneOfEachWithSmallerRequestsThanProduction() {
        for (Workload w : LOCAL.workloads()) {
            assertEquals(1, w.replicas(), w.id());
            Workload prod = PRODUCTION.workloads().stream().filter(p -> p.id().equals(w.id())).findFirst().orElseThrow();
            var local = w.pod().getContainers().get(0).getResources().getRequests();
            var production = prod.pod().getContainers().get(0).getResources().getRequests();
            assertTrue(local.get("cpu").getNumericalAmount().compareTo(production.get("cpu").getNumericalAmount()) < 0,
                    w.id());
        }
        assertTrue(LOCAL.all(HorizontalPodAutoscaler.class).isEmpty());
    }

    /** Production: replicated, one pod per node, backed up to S3; local: one instance, backed up into a volume. */
    @Test
    void productionDatabasesReplicateAndLocalOnesRunAlone() {
        assertEquals(4, PRODUCTION.custom(OperatorPods.MARIADB).size());
        for (var mariadb : PRODUCTION.custom(OperatorPods.MARIADB)) {
            var spec = Manifests.spec(mariadb);
            assertEquals(3, spec.path("replicas").asInt(), Manifests.id(mariadb));
            assertTrue(OperatorPods.replication(spec), Manifests.id(mariadb));
            assertTrue(spec.path("affinity").path("antiAffinityEnabled").asBoolean(), Manifests.id(mariadb));
        }
        for (var mariadb : LOCAL.custom(OperatorPods.MARIADB)) {
            assertEquals(1, Manifests.spec(mariadb).path("replicas").asInt(), Manifests.id(mariadb));
            assertTrue(!OperatorPods.replication(Manifests.spec(mariadb)), Manifests.id(mariadb));
        }
        assertTrue(PRODUCTION.custom(OperatorPods.BACKUP).stream().allMatch(BackupRules::toObjectStorage));
        assertTrue(LOCAL.custom(OperatorPods.BACKUP).stream()
                .allMatch(b -> Manifests.spec(b).path("storage").has("persistentVolumeClaim")));
    }
}
