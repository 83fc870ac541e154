package vn.backan.congress.k8scheck;

import java.util.List;
import java.util.Map;

/**
 * The part of kustomization.yaml the fallback renderer understands. Read strictly: a field it does
 * not know (a typo, or a kustomize feature the overlays should not use) stops the render.
 */
record Kustomization(
        String apiVersion,
        String kind,
        String namespace,
        List<String> resources,
        List<Patch> patches,
        List<Replica> replicas,
        List<Image> images,
        List<ConfigMapGenerator> configMapGenerator,
        GeneratorOptions generatorOptions) {

    /** A strategic-merge patch file; each document names its target by kind and name. */
    record Patch(String path) {
    }

    record Replica(String name, int count) {
    }

    record Image(String name, String newName, String newTag) {
    }

    /** A ConfigMap made of files: each file's name (or the "key=" before its path) is its key. */
    record ConfigMapGenerator(String name, List<String> files) {

        ConfigMapGenerator {
            files = files == null ? List.of() : files;
        }
    }

    /** Only without the name hash: the fallback does not compute kustomize's hash. */
    record GeneratorOptions(Boolean disableNameSuffixHash, Map<String, String> labels) {

        GeneratorOptions {
            labels = labels == null ? Map.of() : labels;
        }
    }

    Kustomization {
        resources = resources == null ? List.of() : resources;
        patches = patches == null ? List.of() : patches;
        replicas = replicas == null ? List.of() : replicas;
        images = images == null ? List.of() : images;
        configMapGenerator = configMapGenerator == null ? List.of() : configMapGenerator;
    }
}
