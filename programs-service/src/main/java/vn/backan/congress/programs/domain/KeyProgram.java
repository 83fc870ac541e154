package vn.backan.congress.programs.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** One of the four key programs of section 4.1, verbatim, with the targets it serves. */
@Entity
@Table(name = "key_program")
public class KeyProgram extends PanacheEntityBase {

    @Id
    public String code;

    public short position;

    @Column(name = "title_vi")
    public String titleVi;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "text_vi", columnDefinition = "TEXT")
    public String textVi;

    @Column(name = "text_en", columnDefinition = "TEXT")
    public String textEn;

    /** Comma-separated domain names of targets-service. */
    public String domains;

    /** Comma-separated indicator codes of targets-service. */
    @Column(name = "indicator_codes")
    public String indicatorCodes;

    public List<String> domainList() {
        return split(domains);
    }

    public List<String> indicatorCodeList() {
        return split(indicatorCodes);
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::trim).toList();
    }
}
