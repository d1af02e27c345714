import ArgumentParser
import Forecast
import Foundation
import Scheduler

/// `staffplan render-report` (hidden): renders report.html and the agents' calendars from an output folder.
///
/// A test and development hook: `staffplan plan` renders the same files as part of the pipeline.
/// It reads the files `plan` writes (forecast.csv, coverage.csv, roster.csv, schedule.json,
/// validation.json, validation.csv) from `--folder`, whichever are there.
struct RenderReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render-report",
    abstract: "Render report.html (and with --calendars one .ics per agent) from an output folder.",
    discussion: HelpText.paragraphs(
      """
      Example:
        staffplan render-report --plan Data/demo --folder out --history Data/demo/history.csv --calendars out/calendars
      """),
    shouldDisplay: false)

  @Option(help: "The plan folder (plan.yaml; agents.csv for names and calendars).")
  var plan: String
  @Option(help: "The output folder holding the files to report on; report.html is written there.")
  var folder: String
  @Option(help: "The history file for the forecast charts' recent weeks (default: the plan's history.csv).")
  var history: String?
  @Option(help: "Write one iCalendar file per rostered agent into this folder.")
  var calendars: String?

  func run() throws {
    let plan = try PlanReader.read(folder: plan)
    let planFolder = URL(fileURLWithPath: self.plan)
    let agentsPath = planFolder.appendingPathComponent("agents.csv").path
    let agents = FileManager.default.fileExists(atPath: agentsPath) ? try AgentsReader.read(path: agentsPath, plan: plan) : []
    let defaultHistory = planFolder.appendingPathComponent("history.csv").path
    let historyPath = history ?? (FileManager.default.fileExists(atPath: defaultHistory) ? defaultHistory : nil)
    let output = URL(fileURLWithPath: folder)
    let html = try ReportHTML.render(folder: output, plan: plan, historyPath: historyPath, agents: agents)
    let reportPath = output.appendingPathComponent("report.html").path
    try AtomicFile.write(html, to: reportPath)
    Progress.note("render-report: wrote \(reportPath)")
    guard let calendars else { return }
    let roster = try RosterFile.read(
      path: output.appendingPathComponent("roster.csv").path, calendar: plan.calendar,
      channels: Set(plan.channels.map(\.id)), agents: Set(agents.map(\.id)))
    try SchedulePipeline.writeCalendars(roster, agents: agents, plan: plan, into: calendars)
    Progress.note("render-report: wrote calendars into \(calendars)")
  }
}
