package vn.backan.congress.k8scheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An image reference split as kustomize and the registries do: name, then ":tag" or "@digest". */
public record ImageRef(String name, String tag, String digest) {

    public static ImageRef parse(String image) {
        String rest = image;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        int colon = rest.lastIndexOf(':');
        // A colon before the last slash belongs to a registry port, not to a tag.
        if (colon > rest.lastIndexOf('/')) {
            return new ImageRef(rest.substring(0, colon), rest.substring(colon + 1), digest);
        }
        return new ImageRef(rest, null, digest);
    }

    @Override
    public String toString() {
        return name + (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
    }

    /** Applies one kustomize {@code images:} entry to every container of a pod spec. */
    static void retag(JsonNode podSpec, Kustomization.Image change) {
        for (String list : new String[] {"containers", "initContainers"}) {
            for (JsonNode container : podSpec.path(list)) {
                ImageRef ref = parse(container.path("image").asText());
                if (ref.name().equals(change.name())) {
                    ImageRef changed = new ImageRef(change.newName() != null ? change.newName() : ref.name(),
                            change.newTag() != null ? change.newTag() : ref.tag(), ref.digest());
                    ((ObjectNode) container).put("image", changed.toString());
                }
            }
        }
    }
}
