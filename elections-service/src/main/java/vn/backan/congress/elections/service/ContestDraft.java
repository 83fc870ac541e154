package vn.backan.congress.elections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.backan.congress.commons.problem.Problem;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.Problems;
import vn.backan.congress.commons.text.VietnameseText;
import vn.backan.congress.elections.domain.Contest;
import vn.backan.congress.elections.domain.Post;
import vn.backan.congress.elections.domain.Slugs;
import vn.backan.congress.elections.domain.VietnameseNames;
import vn.backan.congress.elections.store.CongressQueries;
import vn.backan.congress.elections.store.Roster;

/**
 * A new contest from the secretariat's input: references to bodies, posts and people that do not
 * exist are refused first (422, all of them at once), then the election rules (the tally engine).
 */
@ApplicationScoped
class ContestDraft {

    @Inject
    CongressQueries congress;

    @Inject
    Roster roster;

    Contest of(ContestInput in) {
        List<Problem.FieldError> unknown = new ArrayList<>();
        if (congress.body(in.bodyCode()).isEmpty()) {
            unknown.add(new Problem.FieldError("bodyCode", "there is no body " + in.bodyCode()));
        }
        if (in.postCode() != null) {
            Optional<Post> post = congress.post(in.postCode());
            if (post.isEmpty()) {
                unknown.add(new Problem.FieldError("postCode", "there is no post " + in.postCode()));
            } else if (!post.get().organizationCode.equals(in.bodyCode())) {
                unknown.add(new Problem.FieldError("postCode", "post " + post.get().code + " is in body "
                        + post.get().organizationCode + ", not " + in.bodyCode()));
            }
        }
        Contest c = new Contest();
        Set<String> people = new HashSet<>();
        for (int i = 0; i < in.candidates().size(); i++) {
            ContestInput.ContestCandidateInput k = in.candidates().get(i);
            String field = "candidates[" + i + "].personId";
            if (k.personId() != null && roster.person(k.personId()).isEmpty()) {
                unknown.add(new Problem.FieldError(field, "there is no person " + k.personId()));
            } else if (k.personId() != null && !people.add(k.personId())) {
                unknown.add(new Problem.FieldError(field, k.personId() + " is on the list twice"));
            }
            String name = VietnameseText.nfc(k.name().trim().replaceAll("\\s+", " "));
            if (!fitsPersonColumns(name)) {
                unknown.add(new Problem.FieldError("candidates[" + i + "].name", "a family or given name of more"
                        + " than 60 characters, or middle names of more than 120, cannot be a person's name"));
            }
            c.candidates.add(new Contest.Candidate(candidateId(k, name, i), name, k.personId()));
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(Problems.unprocessable(
                    "The contest refers to what the data does not hold.", unknown));
        }
        c.code = in.code();
        c.organizationCode = in.bodyCode();
        c.postCode = in.postCode();
        c.nameVi = VietnameseText.nfc(in.name().vi());
        c.nameEn = in.name().en();
        c.seats = in.seats();
        c.alternateSeats = in.alternateSeatsOrZero();
        c.ballotStyle = in.ballotStyle();
        c.ruleSet = in.ruleSet();
        c.electorate = in.electorate();
        c.heldOn = in.heldOn();
        return c;
    }

    private static String candidateId(ContestInput.ContestCandidateInput k, String name, int index) {
        if (k.id() != null) {
            return k.id();
        }
        if (k.personId() != null) {
            return k.personId();
        }
        String slug = Slugs.of(name);
        return slug.isEmpty() ? "candidate-" + (index + 1)
                : slug.substring(0, Math.min(slug.length(), 64)).replaceAll("-+$", "");
    }

    /** Approval makes a person of the name: its parts must fit the person table. */
    private static boolean fitsPersonColumns(String name) {
        VietnameseNames.Parts parts = VietnameseNames.split(name);
        return parts.family().length() <= 60 && parts.given().length() <= 60 && parts.middle().length() <= 120;
    }
}
