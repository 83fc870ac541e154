package vn.backan.congress.gateway.download;

import java.util.Arrays;
import java.util.List;

/**
 * The files of the one download: every dataset's tables as the services write them in CSV, and the
 * Popolo JSON; where each is read, and what each column holds (its Frictionless field type). The
 * end-to-end test reads the real stack's download and checks every header and every value against
 * these declarations, so they cannot drift from what the services write.
 */
final class OpenDataFiles {

    /** A column: its name in the header and its Frictionless type. */
    record Field(String name, String type) {
    }

    /** One file: its name in the zip, its dataset, the service read that makes it, its columns (none for JSON). */
    record DataFile(String name, String dataset, String upstream, String path, String title, String description,
            List<Field> fields, List<String> primaryKey) {

        boolean isTable() {
            return !fields.isEmpty();
        }

        String zipPath() {
            return "data/" + name + (isTable() ? ".csv" : ".json");
        }

        String mediaType() {
            return isTable() ? "text/csv" : "application/json";
        }
    }

    static final List<DataFile> ALL = List.of(
            table("indicators", "resolution", "targets", "/api/v1/indicators?format=csv",
                    "Indicators of the resolution", "The 69 measurable commitments, each with its target as data and"
                            + " the sentence of the resolution it comes from.",
                    "code", "code:string parent_code:string position:integer domain:string name_vi:string"
                            + " name_en:string unit:string unit_vi:string unit_en:string direction:string"
                            + " target_kind:string average_basis:string lower:number lower_inclusive:boolean"
                            + " upper:number upper_inclusive:boolean period_from:integer period_to:integer"
                            + " target_text_vi:string source_sentence_vi:string"),
            table("org-units", "resolution", "targets", "/api/v1/org-units?format=csv", "Org units",
                    "The province and its eight district-level units, with the last day each existed.",
                    "code", "code:string level:string parent_code:string name_vi:string name_en:string valid_to:date"),
            table("observations", "figures", "targets", "/api/v1/observations?format=csv", "Yearly figures",
                    "The figures in force, one per indicator, org unit and year, with the page each was published"
                            + " on when it names one (source_url, source_title, publisher, published_on, quote).",
                    "id", "indicator:string org_unit:string year:integer value:number qualifier:string"
                            + " quality:string source:string comment:string source_url:string source_title:string"
                            + " publisher:string published_on:string quote:string state:string submitted_by:string"
                            + " submitted_at:datetime approved_by:string approved_at:datetime other_values:integer"
                            + " id:integer"),
            table("other-values", "figures", "targets", "/api/v1/observations/other-values?format=csv",
                    "Other published values", "Where pages published different values for one figure: each value the"
                            + " source rule did not choose, with its page and the step at which it lost"
                            + " (not_chosen_because), beside the figure's own value.",
                    "figure_id source_url", "figure_id:integer indicator:string org_unit:string year:integer"
                            + " figure_value:number value:number qualifier:string quality:string comment:string"
                            + " source_url:string source_title:string publisher:string published_on:string"
                            + " quote:string not_chosen_because:string"),
            table("progress", "progress", "targets", "/api/v1/progress?format=csv", "Progress against the targets",
                    "Each indicator's status for every org unit as of the last year of the term that has begun,"
                            + " with the numbers behind it (approved figures only).",
                    "org_unit indicator_code", "org_unit:string as_of:integer indicator_code:string domain:string"
                            + " status:string method:string ratio:number baseline_year:integer baseline_value:number"
                            + " latest_year:integer latest_value:number latest_qualifier:string required_rate:number"
                            + " observed_rate:number"
                            + " figures_used:integer reason_vi:string reason_en:string"),
            table("programs", "plan", "programs", "/api/v1/programs?format=csv", "Key programs",
                    "The four key programs of the political report, verbatim, with the indicators they serve.",
                    "code", "code:string position:integer title_vi:string title_en:string text_vi:string"
                            + " text_en:string domains:string indicator_codes:string"),
            table("tasks", "plan", "programs", "/api/v1/tasks?format=csv", "Tasks",
                    "The tasks entered so far, with the numbers of their solutions (space-separated).",
                    "number", "number:integer title_vi:string title_en:string description_vi:string"
                            + " description_en:string solution_numbers:string created_at:datetime"
                            + " updated_at:datetime"),
            table("solutions", "plan", "programs", "/api/v1/solutions?format=csv", "Solutions",
                    "The solutions entered so far, with their agencies, status, dates and latest update.",
                    "number", "number:integer task_number:integer title_vi:string title_en:string lead_agency:string"
                            + " coordinating_agencies:string program_codes:string indicator_codes:string"
                            + " reporting_org_units:string status:string percent_complete:integer start_date:date"
                            + " due_date:date overdue:boolean latest_update_date:date latest_update_org_unit:string"),
            table("updates", "plan", "programs", "/api/v1/updates?format=csv", "Implementation updates",
                    "Every update of every solution, corrections included (corrects_id names the entry replaced).",
                    "id", "id:integer solution_number:integer report_date:date org_unit:string status:string"
                            + " percent_complete:integer narrative_vi:string narrative_en:string evidence_url:string"
                            + " corrects_id:integer author:string recorded_at:datetime"),
            table("memberships", "congress", "elections", "/api/v1/memberships?format=csv", "Memberships",
                    "Who sat on which body or held which post, from when to when (the end date is the last day"
                            + " held), and why it started and ended.",
                    "id", "id:integer person_id:string person_name:string body_code:string post_code:string"
                            + " role_vi:string role_en:string start_date:date start_reason:string end_date:date"
                            + " end_reason:string contest_code:string"),
            new DataFile("popolo", "congress", "elections", "/api/v1/popolo", "The congress as Popolo JSON",
                    "Persons, organizations, memberships, posts and events in the Popolo vocabulary.", List.of(),
                    List.of()),
            table("contests", "contests", "elections", "/api/v1/contests?format=csv", "Contests",
                    "The elections held: the body or post, seats, ballot style, rule set, state and decision.",
                    "code", "code:string body_code:string post_code:string name_vi:string name_en:string"
                            + " seats:integer alternate_seats:integer ballot_style:string rule_set:string"
                            + " electorate:string held_on:date state:string pending:boolean seats_left_open:boolean"
                            + " announced_at:datetime decision_number:string decision_date:date candidates:integer"
                            + " rounds_counted:integer created_at:datetime"),
            table("contest-results", "contests", "elections", "/api/v1/contest-results?format=csv",
                    "Contest results", "One row per candidate per counted round, from each round's current"
                            + " minutes: votes, threshold base, minimum, outcome.",
                    "contest_code round candidate_id", "contest_code:string round:integer sheet_version:integer"
                            + " candidate_id:string candidate_name:string votes:integer threshold_base:integer"
                            + " minimum_votes:integer percent_of_base:number passed:boolean rank:integer"
                            + " outcome:string outcome_vi:string outcome_en:string"));

    private OpenDataFiles() {
    }

    /** {@code columns}: "name:type" separated by spaces, in header order. */
    private static DataFile table(String name, String dataset, String upstream, String path, String title,
            String description, String primaryKey, String columns) {
        List<Field> fields = Arrays.stream(columns.split(" ")).map(c -> c.split(":"))
                .map(c -> new Field(c[0], c[1])).toList();
        return new DataFile(name, dataset, upstream, path, title, description, fields,
                List.of(primaryKey.split(" ")));
    }
}
