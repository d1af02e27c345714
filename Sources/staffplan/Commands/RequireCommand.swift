import ArgumentParser
import Forecast
import Foundation
import Scheduler

/// `staffplan require`: agents required per channel and interval from a forecast (docs/reference.md).
struct RequireCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "require",
    abstract: "Agents required per channel and interval, from a forecast.",
    discussion: HelpText.paragraphs(
      """
      Voice uses Erlang C, or Erlang A when the channel has a patience; chat uses the chat model with
      its concurrency; e-mail and messaging give the workload arriving per interval (the scheduler
      serves it within the channel's window). Agents are real numbers after shrinkage.

      Columns: channel,interval_start,volume,aht_seconds,agents,model, then service_level, occupancy
      and abandonment of the integer staff that meets the target.

      Example:
        staffplan require --plan Data/demo --forecast forecast.csv --out requirements.csv
      """))

  @Option(help: "The plan folder (plan.yaml).")
  var plan: String
  @Option(help: "The forecast file written by staffplan forecast.")
  var forecast: String
  @Option(help: "Where to write the requirements CSV.")
  var out: String

  func run() throws {
    let plan = try PlanReader.read(folder: plan)
    let table = try ForecastTable.read(
      path: forecast, calendar: plan.calendar, channels: Set(plan.channels.map(\.id)))
    try WeekCoverage.check(
      forecast, starts: table.rows.lazy.map(\.start), calendar: plan.calendar, remedy: .forecast(plan.calendar))
    let started = Date()
    let requirements = try RequirementPlanner(plan: plan).requirements(for: table)
    try AtomicFile.write(RequirementsFile.csv(requirements, calendar: plan.calendar), to: out)
    Progress.note("require: \(requirements.count) intervals sized in \(Progress.seconds(since: started)); wrote \(out)")
  }
}
