package vn.backan.congress.k8scheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small kustomize for machines without kubectl. It handles exactly what k8s/ uses: resources
 * (files and directories), ConfigMaps generated from files (without the name hash), strategic-merge
 * patches named by kind and name, namespace, replicas and images. Anything else in a
 * kustomization.yaml is refused rather than half-understood;
 * a test checks it renders the same objects as kubectl.
 */
public final class FallbackRenderer implements Renderer {

    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "PersistentVolume",
            "StorageClass", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "IngressClass");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet");

    @Override
    public String name() {
        return "fallback renderer";
    }

    @Override
    public List<JsonNode> render(Path dir) {
        Kustomization k = read(dir.resolve("kustomization.yaml"));
        List<ObjectNode> objects = new ArrayList<>();
        for (String resource : k.resources()) {
            Path path = dir.resolve(resource).normalize();
            List<JsonNode> docs = Files.isDirectory(path) ? render(path) : readResource(path);
            docs.forEach(doc -> objects.add((ObjectNode) doc));
        }
        for (Kustomization.ConfigMapGenerator generator : k.configMapGenerator()) {
            objects.add(generate(dir, generator, k.generatorOptions()));
        }
        for (Kustomization.Patch patch : k.patches()) {
            for (JsonNode doc : readResource(dir.resolve(patch.path()))) {
                StrategicMerge.apply(find(objects, doc.path("kind").asText(), doc.path("metadata").path("name").asText()),
                        (ObjectNode) doc);
            }
        }
        if (k.namespace() != null) {
            objects.stream().filter(o -> !CLUSTER_SCOPED.contains(o.path("kind").asText()))
                    .forEach(o -> ((ObjectNode) o.path("metadata")).put("namespace", k.namespace()));
        }
        for (Kustomization.Replica replica : k.replicas()) {
            ObjectNode workload = objects.stream()
                    .filter(o -> WORKLOADS.contains(o.path("kind").asText()) && nameOf(o).equals(replica.name()))
                    .findFirst().orElseThrow(() -> new RenderException("replicas: no workload " + replica.name()));
            ((ObjectNode) workload.path("spec")).put("replicas", replica.count());
        }
        for (Kustomization.Image image : k.images()) {
            objects.stream().filter(o -> WORKLOADS.contains(o.path("kind").asText()))
                    .forEach(o -> ImageRef.retag(o.path("spec").path("template").path("spec"), image));
        }
        return new ArrayList<>(objects);
    }

    private static ObjectNode generate(Path dir, Kustomization.ConfigMapGenerator generator,
            Kustomization.GeneratorOptions options) {
        if (options == null || !Boolean.TRUE.equals(options.disableNameSuffixHash())) {
            throw new RenderException("configMapGenerator " + generator.name() + ": the name hash is not implemented;"
                    + " set generatorOptions.disableNameSuffixHash: true");
        }
        ObjectNode configMap = Yaml.MAPPER.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
        ObjectNode metadata = configMap.putObject("metadata").put("name", generator.name());
        if (!options.labels().isEmpty()) {
            ObjectNode labels = metadata.putObject("labels");
            options.labels().forEach(labels::put);
        }
        ObjectNode data = configMap.putObject("data");
        for (String entry : generator.files()) {
            int eq = entry.indexOf('=');
            Path file = dir.resolve(eq < 0 ? entry : entry.substring(eq + 1)).normalize();
            String key = eq < 0 ? file.getFileName().toString() : entry.substring(0, eq);
            if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
                throw new RenderException("configMapGenerator " + generator.name() + ": no file " + file
                        + " inside " + dir);
            }
            try {
                data.put(key, StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                        .toString());
            } catch (CharacterCodingException e) {
                throw new RenderException("configMapGenerator " + generator.name() + ": " + file
                        + " is not UTF-8 text (binaryData is not implemented)");
            } catch (IOException e) {
                throw new RenderException("configMapGenerator " + generator.name() + ": " + e.getMessage());
            }
        }
        return configMap;
    }

    private static Kustomization read(Path file) {
        try {
            Kustomization k = Yaml.MAPPER.readValue(file.toFile(), Kustomization.class);
            if (!"Kustomization".equals(k.kind())) {
                throw new RenderException(file + ": kind must be Kustomization");
            }
            return k;
        } catch (IOException e) {
            throw new RenderException(file + ": " + e.getMessage());
        }
    }

    private static List<JsonNode> readResource(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new RenderException("missing file " + file);
        }
        return Yaml.readAll(file);
    }

    private static ObjectNode find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind) && nameOf(o).equals(name))
                .findFirst().orElseThrow(() -> new RenderException("patch target not found: " + kind + " " + name));
    }

    private static String nameOf(JsonNode o) {
        return o.path("metadata").path("name").asText();
    }

    @Override
    public String toString() {
        return name();
    }
}
