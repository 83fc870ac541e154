package vn.backan.congress.elections.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A Popolo event: the congress, one of its sessions, or a plenum. */
@Entity
@Table(name = "event")
public class Event extends PanacheEntityBase {

    @Id
    public String code;
    @Column(name = "name_vi")
    public String nameVi;
    @Column(name = "name_en")
    public String nameEn;
    public String classification;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    @Column(name = "location_vi")
    public String locationVi;
    @Column(name = "parent_code")
    public String parentCode;
    @Column(name = "organization_code")
    public String organizationCode;
}
