package vn.backan.congress.elections.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A post in a body (Popolo post): Secretary, Deputy Secretary, Chair of the Inspection Committee. */
@Entity
@Table(name = "post")
public class Post extends PanacheEntityBase {

    @Id
    public String code;
    /** Rank among the posts: the Secretary first. */
    public short position;
    @Column(name = "label_vi")
    public String labelVi;
    @Column(name = "label_en")
    public String labelEn;
    @Column(name = "organization_code")
    public String organizationCode;
    /** How many hold it at once; null when the seed does not say. */
    public Short seats;
}
