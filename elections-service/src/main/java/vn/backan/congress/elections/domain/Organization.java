package vn.backan.congress.elections.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A body (Popolo organization) with the seats the seed gives it. */
@Entity
@Table(name = "organization")
public class Organization extends PanacheEntityBase {

    @Id
    public String code;
    @Column(name = "name_vi")
    public String nameVi;
    @Column(name = "name_en")
    public String nameEn;
    public String classification;
    @Column(name = "parent_code")
    public String parentCode;
    public Short seats;
    @Column(name = "alternate_seats")
    public short alternateSeats;
    @Column(name = "founding_date")
    public LocalDate foundingDate;
    @Column(name = "dissolution_date")
    public LocalDate dissolutionDate;
    @Column(name = "source_vi", columnDefinition = "TEXT")
    public String sourceVi;
}
