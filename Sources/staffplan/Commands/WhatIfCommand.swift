import ArgumentParser
import Forecast
import Foundation
import Scheduler

/// `staffplan whatif`: the base plan and each scenario forecast, sized, scheduled and validated,
/// compared side by side (docs/whatif.md).
struct WhatIfCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "whatif",
    abstract: "Compare scenarios (hours, targets, shrinkage, volume, handle time, headcount) with the base plan.",
    discussion: HelpText.paragraphs(
      """
      The forecast is made once from history for the base plan; each scenario
      transforms it. The base plan (first column) and each scenario are then
      sized, scheduled and validated. Printed: paid hours, FTE (paid hours / 40),
      cost, agents, per channel the week's service level, promise and unmet
      agent-hours, promises kept and solver status, then the notes (assumptions
      such as the volume of newly opened hours). --out writes the table as CSV,
      or JSON when the name ends in .json; give it twice for both.

      A scenario file (YAML) lists only what changes (docs/whatif.md):
        name: late chat
        hours: { chat: { mon-fri: "08:00-24:00" } }  # other days kept
        targets: { voice: 80/30 }
        shrinkage: { all: 32%, chat: 25% }   # or for the plan: 32%
        volume: { all: +10%, chat: -5% }     # chat's entry replaces all
        handle_time: +5%                     # or per channel
        headcount:
          remove: [A003, A004]
          add: { like: A001, count: 5 }      # new ids A001-new1, ...
          scale: 90%                         # applied last
        new_hours_volume: nearest

      new_hours_volume is the volume assumed in hours a scenario opens that the
      base forecast does not cover: nearest (default) = the forecast of the
      nearest open interval of the same day x 100 %; { nearest: 50% } scales
      it; zero = no contacts; 20% = that share of the day's mean volume per
      open interval. Each column's notes say which rule was used, and where.

      Example:
        staffplan whatif --plan Data/demo --scenario late-chat.yaml \\
          more-calls.yaml --out whatif.csv --time-limit 20s
      """))

  @Option(help: "The plan folder (plan.yaml, history.csv, agents.csv).")
  var plan: String
  @Option(parsing: .upToNextOption, help: "Scenario files (YAML), one column each.")
  var scenario: [String]
  @Option(help: "Also write the table here: .csv, or .json (repeat for both).")
  var out: [String] = []
  @Option(name: .customLong("time-limit"), help: "Solver time limit per solve, e.g. 20s; a column whose promise roster breaks a promise is solved twice (docs/reference.md, Short weeks).")
  var timeLimit: String = "20s"

  func run() throws {
    let limit = try CLI.parse("--time-limit", timeLimit) { text throws(ValueError) in try Duration(parsing: text) }
    for path in out where !(path.lowercased().hasSuffix(".csv") || path.lowercased().hasSuffix(".json")) {
      throw InputError(file: "--out", problem: "\"\(path)\" ends in neither .csv nor .json", remedy: "name the file like whatif.csv or whatif.json")
    }
    guard !scenario.isEmpty else {
      throw InputError(file: "--scenario", problem: "no scenario file given", remedy: "give one or more, like --scenario late-chat.yaml")
    }
    let basePlan = try PlanReader.read(folder: plan)
    let baseAgents = try AgentsReader.read(path: "\(plan)/agents.csv", plan: basePlan)
    var scenarios: [Scenario] = []
    var names: [String: String] = ["base": "the base plan"]
    for path in scenario {
      let read = try ScenarioReader.read(path: path, plan: basePlan, agentIDs: baseAgents.map(\.id))
      if let other = names[read.name] {
        throw InputError(
          file: path, field: "name", problem: "\"\(read.name)\" is also the name of \(other)",
          remedy: "give each scenario its own name")
      }
      names[read.name] = path
      scenarios.append(read)
    }

    let columnCount = scenarios.count + 1
    Progress.note("whatif: forecast from history (once, for the base plan)")
    let forecasts = try PlanForecast.run(
      plan: basePlan, historyPath: "\(plan)/history.csv", start: basePlan.week, weeks: 1, choice: .automatic)
    let base = ForecastTable(rows: forecasts.flatMap(\.rows)).asWritten()

    var columns: [WhatIfColumn] = []
    Progress.note("whatif: 1/\(columnCount) base")
    columns.append(try WhatIfRun.column(
      name: "base", file: nil, plan: basePlan, agents: baseAgents, forecast: base, notes: [], timeLimit: limit))
    for (index, scenario) in scenarios.enumerated() {
      Progress.note("whatif: \(index + 2)/\(columnCount) \(scenario.name) (\(scenario.file))")
      let forecast = ScenarioForecast(base: base, basePlan: basePlan, scenario: scenario)
      let (agents, headcountNotes) = scenario.headcount.apply(to: baseAgents)
      let scenarioPlan = scenario.apply(to: basePlan)
      let notes = forecast.notes + headcountNotes + Self.minimumsNote(added: agents, base: baseAgents, plan: scenarioPlan)
      for note in notes { Progress.note("note: \(scenario.name): \(note)") }
      do {
        columns.append(try WhatIfRun.column(
          name: scenario.name, file: scenario.file, plan: scenarioPlan, agents: agents,
          forecast: forecast.table, notes: notes, timeLimit: limit))
      } catch var error as InputError {
        error.file = "\(scenario.file) applied to \(error.file)"  // the plan as the scenario changed it
        throw error
      }
    }

    let table = WhatIfTable(planName: basePlan.name, week: basePlan.week.text, columns: columns)
    for path in out {
      try AtomicFile.write(path.lowercased().hasSuffix(".json") ? try table.json() : table.csv, to: path)
      Progress.note("whatif: wrote \(path)")
    }
    print(table.text, terminator: "")
  }

  /// Agents a scenario adds bring their contract minimums: the week pays them whether or not
  /// demand needs the hours (5 copies of the demo's A001: +137.5 paid hours for 144 h of
  /// minimums), which a planner reading the paid-hours row should know.
  static func minimumsNote(added agents: [Agent], base: [Agent], plan: Plan) -> [String] {
    let baseIDs = Set(base.map(\.id))
    let added = agents.filter { !baseIDs.contains($0.id) }
    let hours = added.reduce(0.0) { $0 + plan.weeklyMinimum(of: $1).hours }
    guard hours > 0 else { return [] }
    return [
      String(
        format: "headcount: the %d added agents' contract minimums (min_hours, after holidays) come to %.1f h, paid whether or not the week needs them",
        added.count, hours)
    ]
  }
}
