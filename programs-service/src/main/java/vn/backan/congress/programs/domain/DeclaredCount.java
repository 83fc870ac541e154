package vn.backan.congress.programs.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** How many tasks or solutions the resolution declares (5 and 27); only an admin changes it. */
@Entity
@Table(name = "declared_count")
public class DeclaredCount extends PanacheEntityBase {

    public enum Kind {
        TASK, SOLUTION
    }

    @Id
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR) // VARCHAR with a CHECK, not a MariaDB ENUM
    public Kind kind;

    public short declared;

    /** The seed's sentence the number comes from. */
    @Column(name = "source_vi", columnDefinition = "TEXT")
    public String sourceVi;

    @Version
    public int version;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
