package vn.backan.congress.programs.service;

import java.time.Instant;

/** A declared count as served: the number, how many are recorded, the seed's sentence it comes from. */
public record DeclaredCountView(String kind, int declared, int recorded, String sourceVi, Instant updatedAt) {
}
