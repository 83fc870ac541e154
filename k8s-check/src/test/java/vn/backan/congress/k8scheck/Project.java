package vn.backan.congress.k8scheck;

import java.nio.file.Path;

/** Where the repository's k8s/ tree and modules are (Maven passes them; the defaults suit an IDE). */
final class Project {

    static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    static final Path K8S = Path.of(System.getProperty("k8s.dir", ROOT.resolve("k8s").toString()))
            .toAbsolutePath().normalize();
    static final String[] OVERLAYS = {"local", "production"};

    private Project() {
    }

    /** The ingress controller's own settings (k8s/ingress-nginx), applied beside an overlay. */
    static Path ingressController() {
        return K8S.resolve("ingress-nginx");
    }

    static Path overlay(String name) {
        return K8S.resolve("overlays").resolve(name);
    }
}
