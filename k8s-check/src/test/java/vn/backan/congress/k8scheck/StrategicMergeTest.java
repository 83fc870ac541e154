package vn.backan.congress.k8scheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class StrategicMergeTest {

    private static ObjectNode yaml(String text) {
        return (ObjectNode) Yaml.readAll(text).get(0);
    }

    @Test
    void containersMergeByNameAndKeepWhatThePatchDoesNotMention() {
        ObjectNode target = yaml("""
                containers:
                  - {name: a, image: a:1, resources: {limits: {cpu: "1"}}}
                  - {name: b, image: b:1}
                """);
        StrategicMerge.apply(target, yaml("""
                containers:
                  - {name: b, resources: {limits: {memory: 1Gi}}}
                  - {name: c, image: c:1}
                """));
        assertEquals(yaml("""
                containers:
                  - {name: a, image: a:1, resources: {limits: {cpu: "1"}}}
                  - {name: b, image: b:1, resources: {limits: {memory: 1Gi}}}
                  - {name: c, image: c:1}
                """), target);
    }

    @Test
    void listsWithoutMergeKeyAreReplacedAndNullDeletes() {
        ObjectNode target = yaml("{rules: [{host: a}, {host: b}], keep: 1, drop: 2}");
        StrategicMerge.apply(target, yaml("{rules: [{host: c}], drop: null}"));
        assertEquals(yaml("{rules: [{host: c}], keep: 1}"), target);
    }

    @Test
    void containerPortsMergeOnContainerPortAndServicePortsOnPort() {
        ObjectNode target = yaml("{c: {ports: [{containerPort: 80, name: a}]}, s: {ports: [{port: 80, name: a}]}}");
        StrategicMerge.apply(target, yaml("{c: {ports: [{containerPort: 80, protocol: TCP}]}, s: {ports: [{port: 81}]}}"));
        assertEquals(yaml("{c: {ports: [{containerPort: 80, name: a, protocol: TCP}]},"
                + " s: {ports: [{port: 80, name: a}, {port: 81}]}}"), target);
    }
}
