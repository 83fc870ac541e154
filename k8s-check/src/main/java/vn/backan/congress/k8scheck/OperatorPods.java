package vn.backan.congress.k8scheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pods mariadb-operator 26.6.0 makes, as the rules see them: a MariaDB's StatefulSet pods (the
 * labels the operator selects them by, the MariaDB container, and with replication its agent sidecar
 * and init container), and a Backup's or PhysicalBackup's Job pods (the labels of its podMetadata). Read from the
 * operator's pod builder; the probes are the operator's own and not modelled.
 */
public final class OperatorPods {

    public static final String MARIADB = "MariaDB";
    public static final String BACKUP = "Backup";
    public static final String PHYSICAL_BACKUP = "PhysicalBackup";
    public static final String POINT_IN_TIME_RECOVERY = "PointInTimeRecovery";
    public static final String INSTANCE_LABEL = "app.kubernetes.io/instance";
    /** The value of app.kubernetes.io/name on every MariaDB pod. */
    public static final String MARIADB_APP = "mariadb";
    public static final int DEFAULT_PORT = 3306;
    /** The replication agent's API, which the operator calls; its probe port 5566 is the kubelet's. */
    public static final int AGENT_PORT = 5555;
    static final int AGENT_PROBE_PORT = 5566;

    private OperatorPods() {
    }

    static Workload of(GenericKubernetesResource mariadb) {
        JsonNode spec = Manifests.spec(mariadb);
        Map<String, String> selector = Map.of(Workload.NAME_LABEL, MARIADB_APP, INSTANCE_LABEL, mariadb.getMetadata().getName());
        PodSpec pod = new PodSpec();
        pod.setSecurityContext(read(spec.path("podSecurityContext"), PodSecurityContext.class));
        pod.setVolumes(Arrays.asList(read(spec.path("volumes"), Volume[].class, new Volume[0])));
        List<Container> containers = new ArrayList<>();
        containers.add(container("mariadb", spec, port("mariadb", port(spec))));
        if (replication(spec)) {
            JsonNode replication = spec.path("replication");
            containers.add(container("agent", replication.path("agent"),
                    port("agent", AGENT_PORT), port("agent-probe", AGENT_PROBE_PORT)));
            pod.setInitContainers(List.of(container("init", replication.path("initContainer"))));
        }
        pod.setContainers(containers);
        PodTemplateSpec template = new PodTemplateSpec(new ObjectMeta(), pod);
        template.getMetadata().setLabels(labels(spec, selector));
        return new Workload(MARIADB, mariadb.getMetadata().getName(), mariadb.getMetadata().getNamespace(),
                spec.path("replicas").asInt(1), new LabelSelector(null, selector), template);
    }

    /**
     * A Backup's or PhysicalBackup's Jobs: only their labels matter (to the NetworkPolicies); the
     * operator builds the rest.
     */
    static Workload ofBackup(GenericKubernetesResource backup) {
        PodTemplateSpec template = new PodTemplateSpec(new ObjectMeta(), new PodSpec());
        template.getMetadata().setLabels(labels(Manifests.spec(backup), Map.of()));
        return new Workload(backup.getKind(), backup.getMetadata().getName(), backup.getMetadata().getNamespace(), 1,
                null, template);
    }

    /** The PointInTimeRecovery whose binary-log archiving the MariaDB's agent runs, by name; empty when none. */
    public static String pointInTimeRecovery(JsonNode mariadbSpec) {
        return mariadbSpec.path("pointInTimeRecoveryRef").path("name").asText();
    }

    public static boolean replication(JsonNode mariadbSpec) {
        return mariadbSpec.path("replication").path("enabled").asBoolean();
    }

    public static int port(JsonNode mariadbSpec) {
        return mariadbSpec.path("port").asInt(DEFAULT_PORT);
    }

    /** podMetadata's labels, under the operator's own (which win, as in its builder). */
    private static Map<String, String> labels(JsonNode spec, Map<String, String> operators) {
        Map<String, String> labels = new HashMap<>();
        spec.path("podMetadata").path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        labels.putAll(operators);
        return labels;
    }

    /** A container from one of the CRD's container templates (image, resources, securityContext, volumeMounts). */
    private static Container container(String name, JsonNode template, ContainerPort... ports) {
        Container c = new Container();
        c.setName(name);
        c.setImage(template.path("image").isTextual() ? template.path("image").asText() : null);
        c.setResources(read(template.path("resources"), ResourceRequirements.class));
        c.setSecurityContext(read(template.path("securityContext"), SecurityContext.class));
        c.setVolumeMounts(Arrays.asList(read(template.path("volumeMounts"), VolumeMount[].class, new VolumeMount[0])));
        c.setPorts(List.of(ports));
        return c;
    }

    private static ContainerPort port(String name, int number) {
        ContainerPort port = new ContainerPort();
        port.setName(name);
        port.setContainerPort(number);
        port.setProtocol("TCP");
        return port;
    }

    private static <T> T read(JsonNode node, Class<T> type) {
        return read(node, type, null);
    }

    /** The CRD's copies of core types have the core field names; the schema has checked them. */
    private static <T> T read(JsonNode node, Class<T> type, T absent) {
        if (node.isMissingNode() || node.isNull()) {
            return absent;
        }
        try {
            return Yaml.MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            return absent;
        }
    }
}
