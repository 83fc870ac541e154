package vn.backan.congress.k8scheck;

/** An overlay that cannot be rendered at all (missing file, unknown kustomization field, ...). */
public class RenderException extends RuntimeException {

    public RenderException(String message) {
        super(message);
    }
}
