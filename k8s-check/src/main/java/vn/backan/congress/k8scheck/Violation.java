package vn.backan.congress.k8scheck;

/** One thing wrong with one object, e.g. {@code Deployment/gateway: container gateway has no readinessProbe}. */
public record Violation(String object, String message) {

    @Override
    public String toString() {
        return object + ": " + message;
    }
}
