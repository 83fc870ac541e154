package vn.backan.congress.targets.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One of the four lessons the congress drew from the previous term. */
@Entity
@Table(name = "resolution_lesson")
@IdClass(ResolutionLesson.Key.class)
public class ResolutionLesson {

    /** The composite key: Hibernate wants a class with the same field names. */
    public static class Key implements Serializable {
        public String resolutionCode;
        public short number;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(resolutionCode, k.resolutionCode) && number == k.number;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(resolutionCode, number);
        }
    }

    @Id
    @Column(name = "resolution_code")
    public String resolutionCode;

    @Id
    public short number;

    @Column(name = "text_vi", columnDefinition = "TEXT")
    public String textVi;

    @Column(name = "text_en", columnDefinition = "TEXT")
    public String textEn;
}
