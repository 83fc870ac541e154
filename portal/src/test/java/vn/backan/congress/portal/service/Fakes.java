package vn.backan.congress.portal.service;

import java.util.List;
import vn.backan.congress.client.model.BodyPage;
import vn.backan.congress.client.model.CongressView;
import vn.backan.congress.client.model.IndicatorPage;
import vn.backan.congress.client.model.IndicatorProgress;
import vn.backan.congress.client.model.IndicatorView;
import vn.backan.congress.client.model.MembershipView;
import vn.backan.congress.client.model.OrgUnitPage;
import vn.backan.congress.client.model.PlanView;
import vn.backan.congress.client.model.PostPage;
import vn.backan.congress.client.model.ProgramPage;
import vn.backan.congress.client.model.ResolutionView;
import vn.backan.congress.client.model.Scoreboard;
import vn.backan.congress.client.model.SolutionPage;
import vn.backan.congress.client.model.UpdatePage;
import vn.backan.congress.portal.client.ElectionsApi;
import vn.backan.congress.portal.client.ProgramsApi;
import vn.backan.congress.portal.client.TargetsApi;

/** The three services' typed clients, answered by an {@link Upstream}; each read names its fixture as the server does. */
final class Fakes {

    private Fakes() {
    }

    record Targets(Upstream upstream) implements TargetsApi {
        @Override
        public ResolutionView resolution() {
            return upstream.answer("resolution", ResolutionView.class);
        }

        @Override
        public OrgUnitPage orgUnits(int pageSize) {
            return upstream.answer("org-units", OrgUnitPage.class);
        }

        @Override
        public IndicatorPage indicators(int pageSize) {
            return upstream.answer("indicators", IndicatorPage.class);
        }

        @Override
        public Scoreboard scoreboard(String orgUnit, int asOf) {
            return upstream.answer("progress", Scoreboard.class);
        }

        @Override
        public IndicatorView indicator(String code) {
            return upstream.answer("indicators-" + code, IndicatorView.class);
        }

        @Override
        public IndicatorProgress progress(String code, String orgUnit, int asOf) {
            return upstream.answer("progress-" + code, IndicatorProgress.class);
        }
    }

    record Programs(Upstream upstream) implements ProgramsApi {
        @Override
        public ProgramPage programs() {
            return upstream.answer("programs", ProgramPage.class);
        }

        @Override
        public PlanView plan() {
            return upstream.answer("plan", PlanView.class);
        }

        @Override
        public SolutionPage solutions(int page, int pageSize) {
            return upstream.answer("solutions-" + page, SolutionPage.class);
        }

        @Override
        public UpdatePage updates(int page, int pageSize) {
            return upstream.answer("updates-" + page, UpdatePage.class);
        }
    }

    record Elections(Upstream upstream) implements ElectionsApi {
        @Override
        public CongressView congress() {
            return upstream.answer("congress", CongressView.class);
        }

        @Override
        public BodyPage bodies(String asOf) {
            return upstream.answer("bodies", BodyPage.class);
        }

        @Override
        public List<MembershipView> members(String code, String asOf) {
            return upstream.answerList("bodies-" + code + "-members", MembershipView.class);
        }

        @Override
        public PostPage posts(String asOf) {
            return upstream.answer("posts", PostPage.class);
        }
    }
}
