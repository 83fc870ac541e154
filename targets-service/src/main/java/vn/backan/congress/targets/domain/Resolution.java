package vn.backan.congress.targets.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

/** The resolution of the 12th congress: theme, general objective, lessons, term and source. */
@Entity
@Table(name = "resolution")
public class Resolution extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "title_vi")
    public String titleVi;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "theme_vi", columnDefinition = "TEXT")
    public String themeVi;

    @Column(name = "theme_en", columnDefinition = "TEXT")
    public String themeEn;

    @Column(name = "general_objective_vi", columnDefinition = "TEXT")
    public String generalObjectiveVi;

    @Column(name = "general_objective_en", columnDefinition = "TEXT")
    public String generalObjectiveEn;

    @Column(name = "term_start")
    public short termStart;

    @Column(name = "term_end")
    public short termEnd;

    @Column(name = "source_title_vi")
    public String sourceTitleVi;

    @Column(name = "source_title_en")
    public String sourceTitleEn;

    @Column(name = "source_date")
    public LocalDate sourceDate;

    @Column(name = "source_place_vi")
    public String sourcePlaceVi;

    @Column(name = "source_place_en")
    public String sourcePlaceEn;

    @OneToMany(mappedBy = "resolutionCode")
    @OrderBy("number")
    public List<ResolutionLesson> lessons;
}
