package vn.backan.congress.targets.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The province or one of its district-level units, by official administrative code. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends PanacheEntityBase {

    @Id
    public String code;

    public String level;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "name_vi")
    public String nameVi;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public short position;
}
