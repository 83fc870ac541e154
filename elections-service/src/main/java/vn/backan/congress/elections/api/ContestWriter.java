package vn.backan.congress.elections.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.backan.congress.commons.etag.ETags;
import vn.backan.congress.commons.etag.Preconditions;
import vn.backan.congress.commons.problem.Problem;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.problem.Problems;
import vn.backan.congress.commons.text.VietnameseText;
import vn.backan.congress.elections.domain.Contest;
import vn.backan.congress.elections.domain.Organization;
import vn.backan.congress.elections.domain.Person;
import vn.backan.congress.elections.domain.Post;
import vn.backan.congress.elections.domain.VietnameseNames;
import vn.backan.congress.elections.domain.tally.ContestChecks;
import vn.backan.congress.elections.store.ContestTallies;

/** Creates contests and moves them from recorded to announced; approval is {@link ContestApproval}'s. */
@ApplicationScoped
public class ContestWriter {

    /** Refuses references to bodies, posts and people that do not exist (422, all of them at once), then the rules. */
    public Contest create(ContestInput in, String caller) {
        if (Contest.findByIdOptional(in.code()).isPresent()) {
            throw TallyProblems.conflict("There is already a contest " + in.code() + "; codes are never reused.");
        }
        List<Problem.FieldError> unknown = new ArrayList<>();
        if (Organization.findByIdOptional(in.bodyCode()).isEmpty()) {
            unknown.add(new Problem.FieldError("bodyCode", "there is no body " + in.bodyCode()));
        }
        if (in.postCode() != null) {
            Post post = Post.findById(in.postCode());
            if (post == null) {
                unknown.add(new Problem.FieldError("postCode", "there is no post " + in.postCode()));
            } else if (!post.organizationCode.equals(in.bodyCode())) {
                unknown.add(new Problem.FieldError("postCode", "post " + post.code + " is in body "
                        + post.organizationCode + ", not " + in.bodyCode()));
            }
        }
        Contest c = new Contest();
        Set<String> people = new HashSet<>();
        for (int i = 0; i < in.candidates().size(); i++) {
            ContestInput.ContestCandidateInput k = in.candidates().get(i);
            String field = "candidates[" + i + "].personId";
            if (k.personId() != null && Person.findByIdOptional(k.personId()).isEmpty()) {
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
            throw new ProblemException(new Problem(ProblemType.UNPROCESSABLE.uri(), Problems.titleFor(422), 422,
                    "The contest refers to what the data does not hold.", null, null, unknown));
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
        ContestChecks.check(c.spec()); // seats, 30 % surplus, ballot style, names twice: 422 naming the rule
        c.state = Contest.State.RECORDED;
        c.createdBy = caller;
        c.createdAt = Instant.now();
        c.updatedAt = c.createdAt;
        c.persist();
        Contest.flush();
        return c;
    }

    /**
     * RECORDED → ANNOUNCED. Only when every seat is filled and no tie waits, unless the congress
     * decided to hold no further round for the seats left (244 art. 20.2): {@code leaveSeatsOpen}.
     */
    public void announce(Contest c, ContestTallies.Rounds rounds, boolean leaveSeatsOpen, String ifMatch) {
        if (c.state != Contest.State.RECORDED) {
            throw TallyProblems.conflict("Contest " + c.code + " is already " + c.state + ".");
        }
        Preconditions.requireIfMatch(ifMatch, ETags.ofVersion(c.version));
        if (rounds.counted().isEmpty()) {
            throw TallyProblems.refused("rounds", "No round of contest " + c.code
                    + " has been counted yet: record round 1's minutes first.");
        }
        if (rounds.pending() && !leaveSeatsOpen) {
            var last = rounds.counted().get(rounds.counted().size() - 1).result();
            String why = last.tiedPendingNewRound().isEmpty() ? "seats are still open"
                    : "a tie waits for a new round among " + last.tiedPendingNewRound();
            throw TallyProblems.refused("nextRound", "Round " + last.round().number() + " leaves the contest pending ("
                    + why + "): record round " + (last.round().number() + 1) + ", or announce with leaveSeatsOpen"
                    + " = true if the congress decided to hold no further round (244 art. 20.2).");
        }
        c.state = Contest.State.ANNOUNCED;
        c.seatsLeftOpen = rounds.pending();
        c.announcedAt = Instant.now();
        touch(c);
    }

    /** Locked for writing: two writes to one contest run one after the other. */
    public static Contest findForUpdate(String code) {
        return Contest.<Contest>findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(code));
    }

    public static Contest find(String code) {
        return Contest.<Contest>findByIdOptional(code).orElseThrow(() -> notFound(code));
    }

    /** Every write moves the version, so the contest's ETag changes with its rounds and state. */
    static void touch(Contest c) {
        Instant now = Instant.now();
        c.updatedAt = now.isAfter(c.updatedAt) ? now : c.updatedAt.plusMillis(1); // always a change
        Contest.flush();
    }

    private static String candidateId(ContestInput.ContestCandidateInput k, String name, int index) {
        if (k.id() != null) {
            return k.id();
        }
        if (k.personId() != null) {
            return k.personId();
        }
        String slug = Codes.slug(name);
        return slug.isEmpty() ? "candidate-" + (index + 1)
                : slug.substring(0, Math.min(slug.length(), 64)).replaceAll("-+$", "");
    }

    /** Approval makes a person of the name: its parts must fit the person table. */
    private static boolean fitsPersonColumns(String name) {
        VietnameseNames.Parts parts = VietnameseNames.split(name);
        return parts.family().length() <= 60 && parts.given().length() <= 60 && parts.middle().length() <= 120;
    }

    private static ProblemException notFound(String code) {
        return ProblemException.of(ProblemType.HTTP, 404, "There is no contest " + code + ".");
    }
}
