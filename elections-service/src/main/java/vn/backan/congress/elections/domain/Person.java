package vn.backan.congress.elections.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person the seed names (or a secretariat enters), with the parts of a Vietnamese name. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    public String id;
    /** Full name as written: family name first, given name last. */
    public String name;
    @Column(name = "family_name")
    public String familyName;
    @Column(name = "middle_name")
    public String middleName;
    @Column(name = "given_name")
    public String givenName;
    @Column(name = "title_at_election_vi")
    public String titleAtElectionVi;
    @Column(name = "title_at_election_en")
    public String titleAtElectionEn;
}
