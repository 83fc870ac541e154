package vn.backan.congress.programs.api;

import vn.backan.congress.programs.service.ProgramView;
import vn.backan.congress.programs.service.TaskView;

import vn.backan.congress.programs.service.SolutionView;

import vn.backan.congress.programs.service.UpdateView;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.backan.congress.commons.rest.paging.PageSchema;

/** The named page types this service's list operations declare in the contract. */
final class Pages {

    private Pages() {
    }

    @Schema(name = "ProgramPage")
    static final class ProgramPage extends PageSchema<ProgramView> {
    }

    @Schema(name = "SolutionPage")
    static final class SolutionPage extends PageSchema<SolutionView> {
    }

    @Schema(name = "UpdatePage")
    static final class UpdatePage extends PageSchema<UpdateView> {
    }

    @Schema(name = "TaskPage")
    static final class TaskPage extends PageSchema<TaskView> {
    }
}
