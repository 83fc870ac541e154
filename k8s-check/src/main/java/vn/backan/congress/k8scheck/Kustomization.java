package vn.backan.congress.k8scheck;

import java.util.List;

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
        List<Image> images) {

    /** A strategic-merge patch file; each document names its target by kind and name. */
    record Patch(String path) {
    }

    record Replica(String name, int count) {
    }

    record Image(String name, String newName, String newTag) {
    }

    Kustomization {
        resources = resources == null ? List.of() : resources;
        patches = patches == null ? List.of() : patches;
        replicas = replicas == null ? List.of() : replicas;
        images = images == null ? List.of() : images;
    }
}
