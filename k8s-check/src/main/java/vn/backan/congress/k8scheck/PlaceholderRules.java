package vn.backan.congress.k8scheck;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Git holds Secret templates, never credentials: every password-like value must still be a
 * placeholder starting with CHANGE-ME. Real values are set at deploy time (k8s/README.md), and
 * every template carries the placeholder label so that an apply can leave the real ones alone. A
 * ConfigMap, a mariadb-operator resource (a Backup's bucket) or a NetworkPolicy (the API server's
 * address) holding a placeholder carries it too.
 */
public final class PlaceholderRules {

    public static final String PLACEHOLDER = "CHANGE-ME";
    public static final String LABEL = "congress.backan.vn/placeholder";

    private PlaceholderRules() {
    }

    public static List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        for (Secret secret : manifests.all(Secret.class)) {
            Map<String, String> plain = secret.getStringData() == null ? Map.of() : secret.getStringData();
            plain.forEach((key, value) -> verify(secret, key, value, violations));
            Map<String, String> encoded = secret.getData() == null ? Map.of() : secret.getData();
            encoded.forEach((key, value) -> verify(secret, key, decode(value), violations));
            labelled(secret, violations);
        }
        for (ConfigMap configMap : manifests.all(ConfigMap.class)) {
            Map<String, String> data = configMap.getData() == null ? Map.of() : configMap.getData();
            if (data.values().stream().anyMatch(v -> v.contains(PLACEHOLDER))) {
                labelled(configMap, violations);
            }
        }
        for (GenericKubernetesResource resource : manifests.all(GenericKubernetesResource.class)) {
            if (Manifests.spec(resource).toString().contains(PLACEHOLDER)) {
                labelled(resource, violations);
            }
        }
        // An address only the cluster knows (the API server's), left to set.
        for (NetworkPolicy policy : manifests.all(NetworkPolicy.class)) {
            if (Yaml.MAPPER.valueToTree(policy.getSpec()).toString().contains(PLACEHOLDER)) {
                labelled(policy, violations);
            }
        }
        return violations;
    }

    private static void verify(Secret secret, String key, String value, List<Violation> violations) {
        boolean sensitive = key.toLowerCase().matches(".*(password|token|key|secret).*");
        if (sensitive && (value == null || !value.startsWith(PLACEHOLDER))) {
            violations.add(new Violation(Manifests.id(secret),
                    "key " + key + " holds a value that is not a " + PLACEHOLDER + " placeholder"));
        }
    }

    private static void labelled(HasMetadata object, List<Violation> violations) {
        Map<String, String> labels = object.getMetadata().getLabels();
        if (labels == null || !"true".equals(labels.get(LABEL))) {
            violations.add(new Violation(Manifests.id(object), "holds placeholders but has no label " + LABEL + ": \"true\""));
        }
    }

    private static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return base64;
        }
    }
}
