package vn.backan.congress.programs.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One of the plan's tasks, as an admin entered it (the seed gives only how many there are). */
@Entity
@Table(name = "task")
public class Task extends PanacheEntityBase {

    @Id
    public short number;

    @Column(name = "title_vi")
    public String titleVi;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "description_vi", columnDefinition = "TEXT")
    public String descriptionVi;

    @Column(name = "description_en", columnDefinition = "TEXT")
    public String descriptionEn;

    @Version
    public int version;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
