package vn.backan.congress.k8scheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders one kustomize overlay and runs every rule on the result. Run from the build (the tests
 * of this module) or by hand: {@code java ... ManifestCheck k8s/overlays/local k8s/overlays/production k8s/ingress-nginx}.
 */
public final class ManifestCheck {

    /** What was rendered (empty when rendering failed) and everything found wrong with it. */
    public record Result(Manifests manifests, List<Violation> violations) {
    }

    private ManifestCheck() {
    }

    public static Result run(Path overlay, Renderer renderer) {
        Manifests manifests;
        try {
            manifests = Manifests.read(renderer.render(overlay));
        } catch (RenderException | java.io.UncheckedIOException e) {
            return unrendered(overlay, renderer, e);
        }
        List<Violation> violations = new ArrayList<>(manifests.readViolations());
        violations.addAll(ScopeRules.check(manifests));
        violations.addAll(ContainerRules.check(manifests));
        violations.addAll(JvmRules.check(manifests));
        violations.addAll(ReferenceRules.check(manifests));
        violations.addAll(DatabaseRules.check(manifests));
        violations.addAll(BackupRules.check(manifests));
        violations.addAll(UrlRules.check(manifests));
        violations.addAll(ManagementRules.check(manifests));
        violations.addAll(IngressRules.check(manifests));
        violations.addAll(EdgeRules.check(manifests));
        violations.addAll(NetworkRules.check(manifests));
        violations.addAll(ManagementNetworkRules.check(manifests));
        violations.addAll(IdentityRules.check(manifests));
        violations.addAll(PlaceholderRules.check(manifests));
        return new Result(manifests, violations);
    }

    /**
     * The ingress controller's own settings (k8s/ingress-nginx): they live in the controller's
     * namespace, beside the system rather than in it, so only the edge's rules apply.
     */
    public static Result runControllerSettings(Path directory, Renderer renderer) {
        Manifests manifests;
        try {
            manifests = Manifests.read(renderer.render(directory));
        } catch (RenderException | java.io.UncheckedIOException e) {
            return unrendered(directory, renderer, e);
        }
        List<Violation> violations = new ArrayList<>(manifests.readViolations());
        violations.addAll(EdgeRules.check(manifests));
        return new Result(manifests, violations);
    }

    private static Result unrendered(Path directory, Renderer renderer, RuntimeException e) {
        return new Result(Manifests.read(List.of()),
                List.of(new Violation(directory.getFileName() + " (" + renderer.name() + ")", "does not render: "
                        + e.getMessage())));
    }

    public static void main(String[] args) {
        Renderer renderer = Renderer.forThisMachine();
        int failures = 0;
        for (String overlay : args) {
            Path path = Path.of(overlay);
            List<Violation> violations = (path.endsWith("ingress-nginx") ? runControllerSettings(path, renderer)
                    : run(path, renderer)).violations();
            violations.forEach(v -> System.out.println(overlay + ": " + v));
            failures += violations.size();
        }
        System.out.println(failures == 0 ? "OK (" + renderer.name() + ")" : failures + " violation(s)");
        System.exit(failures == 0 ? 0 : 1);
    }
}
