import ArgumentParser
import Forecast
import Foundation
import Scheduler

/// `staffplan plan`: the whole pipeline from history to roster, validation and report (docs/reference.md).
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Forecast, size, schedule and validate the plan's week; write every file and report.html.",
    discussion: HelpText.paragraphs(
      """
      Runs forecast -> require -> schedule -> validate on the plan folder (plan.yaml, history.csv,
      agents.csv) for the plan's week and writes into --out: forecast.csv, requirements.csv, roster.csv,
      coverage.csv, schedule.json, calendars/AGENT.ics, validation.json, validation.csv and report.html.
      Files appear only when the whole run succeeded. A broken promise is reported in the summary and
      report (exit 0); use staffplan validate or publish for a check that fails.

      Example:
        staffplan plan Data/demo --out out
      """))

  @Argument(help: "The plan folder.")
  var folder: String?
  /// `plan --plan DIR` (as the other commands take it) is refused with the form plan takes; without
  /// this ArgumentParser suggested --gap.
  @Option(name: .customLong("plan"), help: .hidden)
  var planOption: String?
  @Option(help: "Folder to write every output into.")
  var out: String
  @Option(name: .customLong("time-limit"), help: "Solver time limit, e.g. 60s.")
  var timeLimit: String = "60s"
  @Option(help: "Relative gap at which the solver stops, e.g. 1%.")
  var gap: String = "1%"
  @Option(help: "Simulate the week this many times in validation (seed 1): the summary says how often each promise holds; 0: no simulation.")
  var simulate: String = "30"
  @Option(help: "promise (default) or requirement: what the roster is optimised for (see schedule --help).")
  var objective: String = "promise"

  func run() throws {
    if let planOption {
      throw InputError(
        file: "plan", problem: "takes the plan folder as an argument, not --plan \(planOption)",
        remedy: "write staffplan plan \(folder ?? planOption) --out OUT")
    }
    guard let folder else {
      throw InputError(file: "plan", problem: "needs the plan folder", remedy: "write staffplan plan DIR --out OUT")
    }
    let limit = try CLI.parse("--time-limit", timeLimit) { text throws(ValueError) in try Duration(parsing: text) }
    let gap = try CLI.parse("--gap", gap) { text throws(ValueError) in try Percentage(parsing: text) }
    guard let weeks = Int(simulate), (0...10_000).contains(weeks) else {
      throw InputError(file: "--simulate", problem: "\"\(simulate)\" is not a number of weeks", remedy: "give 0 to 10000")
    }
    let replications = weeks > 0 ? weeks : nil
    let summary = try PlanPipeline(
      folder: folder, out: out, timeLimit: limit, gap: gap, replications: replications,
      objective: try CLI.objective(objective)
    ).run()
    print(summary, terminator: "")
  }
}

/// The pipeline behind `plan` and `demo`: every stage, into a staging folder, then moved into place.
struct PlanPipeline {
  var folder: String
  var out: String
  var timeLimit: Duration
  var gap: Percentage
  var replications: Int?
  var objective: ScheduleObjective = .promise

  /// Runs every stage and returns the terminal summary.
  func run() throws -> String {
    let plan = try PlanReader.read(folder: folder)
    let agents = try AgentsReader.read(path: "\(folder)/agents.csv", plan: plan)
    // A folder this run creates is removed again if the run fails or is interrupted.
    let created = !FileManager.default.fileExists(atPath: out)
    if created { PendingFiles.begin(out) }
    var completed = false
    defer {
      if created {
        if !completed { try? FileManager.default.removeItem(atPath: out) }
        PendingFiles.finish(out)
      }
    }
    let staging = URL(fileURLWithPath: out).appendingPathComponent(".staffplan-partial-\(getpid())")
    try? FileManager.default.removeItem(at: staging)
    PendingFiles.begin(staging.path)
    defer {
      try? FileManager.default.removeItem(at: staging)
      PendingFiles.finish(staging.path)
    }
    let path = { (name: String) in staging.appendingPathComponent(name).path }

    Progress.note("plan: 1/5 forecast")
    let historyPath = "\(folder)/history.csv"
    let forecasts = try PlanForecast.run(plan: plan, historyPath: historyPath, start: plan.week, weeks: 1, choice: .automatic)
    try AtomicFile.write(ForecastTable(rows: forecasts.flatMap(\.rows)).csv(calendar: plan.calendar), to: path("forecast.csv"))
    // Every later stage reads the forecast as written, as `require` and `validate` would.
    let forecast = try ForecastTable.read(
      path: path("forecast.csv"), name: "\(out)/forecast.csv", calendar: plan.calendar, channels: Set(plan.channels.map(\.id)))

    Progress.note("plan: 2/5 requirements")
    let requirements = try RequirementPlanner(plan: plan).requirements(for: forecast)
    try AtomicFile.write(RequirementsFile.csv(requirements, calendar: plan.calendar), to: path("requirements.csv"))

    Progress.note("plan: 3/5 schedule")
    let week = try WeekProblem(plan: plan, agents: agents, requirements: requirements.map(\.row), objective: objective)
    SchedulePipeline.warnBeforeSolving(
      plan: plan, agents: agents, agentsFile: "\(folder)/agents.csv", rows: requirements.map(\.row))
    let solution = try SchedulePipeline.solveKeepingMost(week, objective: objective, timeLimit: timeLimit, gap: gap)
    let solved = solution.week
    var result = solution.result
    let segments = try SchedulePipeline.write(week: solved, result: &result, to: staging.path, shownAs: out)

    Progress.note("plan: 4/5 validate")
    let validationWeek = ValidationWeek(plan: plan, forecast: forecast, roster: segments, agentSkills: Agent.skills(agents))
    let validation = RosterValidator(week: validationWeek).validate()
    var simulation: SimulationSummary?
    if let replications {
      simulation = RosterSimulator.run(
        validationWeek, agentSkills: Dictionary(agents.map { ($0.id, $0.skills) }, uniquingKeysWith: { a, _ in a }),
        options: SimulationOptions(replications: replications, seed: 1, threads: 2))
    }
    try AtomicFile.write(ValidationText.json(validation, simulation: simulation), to: path("validation.json"))
    try AtomicFile.write(ValidationText.csv(validation, week: validationWeek), to: path("validation.csv"))

    Progress.note("plan: 5/5 report")
    let html = try ReportHTML.render(folder: staging, plan: plan, historyPath: historyPath, agents: agents)
    try AtomicFile.write(html, to: path("report.html"))

    try Self.publish(staging, into: URL(fileURLWithPath: out))
    completed = true
    let report = URL(fileURLWithPath: out).appendingPathComponent("report.html").path
    return PlanSummary.text(
      plan: plan, forecast: forecast, requirements: requirements, week: solved, result: result,
      validation: validation, simulation: simulation, reportPath: report)
  }

  /// Moves every staged file into `out`, replacing older ones of the same name.
  static func publish(_ staging: URL, into out: URL) throws {
    let manager = FileManager.default
    guard let items = manager.enumerator(at: staging, includingPropertiesForKeys: [.isRegularFileKey]) else { return }
    for case let item as URL in items where (try? item.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
      let relative = item.path.dropFirst(staging.path.count + 1)
      let target = out.appendingPathComponent(String(relative))
      try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      if rename(item.path, target.path) != 0 {
        throw InputError(file: target.path, problem: "cannot be written", remedy: "check the folder's permissions")
      }
    }
  }
}
