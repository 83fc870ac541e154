package vn.backan.congress.k8scheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Kubernetes strategic merge, for the lists the overlays patch. Maps merge key by key (null
 * deletes); a list whose field has a merge key in the Kubernetes schema merges item by item;
 * any other list is replaced, as the schema says for atomic lists. Directives ($patch, $retainKeys)
 * are not supported: the overlays do not use them.
 */
public final class StrategicMerge {

    /** Merge keys of the pod and Service fields a patch may reasonably touch. */
    private static final Map<String, String> MERGE_KEYS = Map.ofEntries(
            Map.entry("containers", "name"),
            Map.entry("initContainers", "name"),
            Map.entry("ephemeralContainers", "name"),
            Map.entry("env", "name"),
            Map.entry("volumes", "name"),
            Map.entry("imagePullSecrets", "name"),
            Map.entry("volumeMounts", "mountPath"),
            Map.entry("volumeDevices", "devicePath"),
            Map.entry("hostAliases", "ip"),
            Map.entry("topologySpreadConstraints", "topologyKey"));

    private StrategicMerge() {
    }

    public static void apply(ObjectNode target, ObjectNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            JsonNode current = target.get(key);
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && current != null && current.isObject()) {
                apply((ObjectNode) current, (ObjectNode) value);
            } else if (value.isArray() && current != null && current.isArray()
                    && mergeKey(key, (ArrayNode) current) != null) {
                mergeList((ArrayNode) current, (ArrayNode) value, mergeKey(key, (ArrayNode) current));
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    /** Container ports merge on containerPort, Service ports on port; elsewhere the table. */
    private static String mergeKey(String field, ArrayNode current) {
        if (field.equals("ports")) {
            return current.size() > 0 && current.get(0).has("containerPort") ? "containerPort" : "port";
        }
        return MERGE_KEYS.get(field);
    }

    private static void mergeList(ArrayNode current, ArrayNode patch, String key) {
        for (JsonNode item : patch) {
            ObjectNode existing = find(current, key, item.get(key));
            if (existing == null) {
                current.add(item.deepCopy());
            } else {
                apply(existing, (ObjectNode) item);
            }
        }
    }

    private static ObjectNode find(ArrayNode list, String key, JsonNode value) {
        for (JsonNode item : list) {
            if (item.isObject() && value != null && value.equals(item.get(key))) {
                return (ObjectNode) item;
            }
        }
        return null;
    }
}
