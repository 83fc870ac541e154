package vn.backan.congress.k8scheck;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A container's environment as the kubelet would build it: envFrom first, then env on top.
 * Values from ConfigMaps are resolved; values from Secrets stay references (secret/key).
 */
public final class Env {

    /** A literal value, or the Secret key it comes from. */
    public record Value(String literal, String secretName, String secretKey) {

        public boolean fromSecret() {
            return secretName != null;
        }
    }

    private final Map<String, Value> values = new LinkedHashMap<>();

    public static Env of(Container container, String namespace, Manifests manifests) {
        Env env = new Env();
        for (EnvFromSource from : list(container.getEnvFrom())) {
            if (from.getConfigMapRef() != null) {
                configMapData(manifests, namespace, from.getConfigMapRef().getName())
                        .forEach((key, value) -> env.values.put(key, new Value(value, null, null)));
            }
            if (from.getSecretRef() != null) {
                manifests.find(io.fabric8.kubernetes.api.model.Secret.class, namespace, from.getSecretRef().getName())
                        .map(SecretKeys::of).orElse(List.of())
                        .forEach(key -> env.values.put(key, new Value(null, from.getSecretRef().getName(), key)));
            }
        }
        for (EnvVar var : list(container.getEnv())) {
            env.values.put(var.getName(), resolve(var, namespace, manifests));
        }
        return env;
    }

    private static Value resolve(EnvVar var, String namespace, Manifests manifests) {
        if (var.getValueFrom() == null) {
            return new Value(var.getValue() == null ? "" : var.getValue(), null, null);
        }
        if (var.getValueFrom().getSecretKeyRef() != null) {
            return new Value(null, var.getValueFrom().getSecretKeyRef().getName(),
                    var.getValueFrom().getSecretKeyRef().getKey());
        }
        if (var.getValueFrom().getConfigMapKeyRef() != null) {
            var ref = var.getValueFrom().getConfigMapKeyRef();
            return new Value(configMapData(manifests, namespace, ref.getName()).get(ref.getKey()), null, null);
        }
        return new Value(null, null, null);
    }

    private static Map<String, String> configMapData(Manifests manifests, String namespace, String name) {
        return manifests.find(ConfigMap.class, namespace, name)
                .map(ConfigMap::getData).orElse(Map.of());
    }

    public Optional<Value> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public Set<String> names() {
        return values.keySet();
    }

    /** The literal value, or empty when unset or kept in a Secret. */
    public Optional<String> literal(String name) {
        return get(name).map(Value::literal);
    }

    static <T> List<T> list(List<T> maybe) {
        return maybe == null ? List.of() : maybe;
    }
}
