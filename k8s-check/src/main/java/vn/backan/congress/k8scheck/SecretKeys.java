package vn.backan.congress.k8scheck;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import java.util.ArrayList;
import java.util.List;

/** The keys a Secret or ConfigMap defines, whichever of its maps holds them. */
final class SecretKeys {

    private SecretKeys() {
    }

    static List<String> of(Secret secret) {
        List<String> keys = new ArrayList<>();
        if (secret.getData() != null) {
            keys.addAll(secret.getData().keySet());
        }
        if (secret.getStringData() != null) {
            keys.addAll(secret.getStringData().keySet());
        }
        return keys;
    }

    static List<String> of(ConfigMap configMap) {
        List<String> keys = new ArrayList<>();
        if (configMap.getData() != null) {
            keys.addAll(configMap.getData().keySet());
        }
        if (configMap.getBinaryData() != null) {
            keys.addAll(configMap.getBinaryData().keySet());
        }
        return keys;
    }
}
