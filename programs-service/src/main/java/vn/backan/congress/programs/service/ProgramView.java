package vn.backan.congress.programs.service;

import java.util.List;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.programs.domain.KeyProgram;

/** A key program: verbatim Vietnamese with English beside it, and the targets it serves. */
public record ProgramView(String code, int position, LocalizedText title, LocalizedText text, List<String> domains,
        List<String> indicatorCodes) {

    public static ProgramView of(KeyProgram p) {
        return new ProgramView(p.code, p.position, LocalizedText.of(p.titleVi, p.titleEn),
                LocalizedText.of(p.textVi, p.textEn), p.domainList(), p.indicatorCodeList());
    }
}
