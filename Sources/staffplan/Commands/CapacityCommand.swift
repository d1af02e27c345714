import ArgumentParser
import Forecast
import Foundation
import Scheduler

/// `staffplan capacity`: required FTE per week, head count after attrition and training, and the
/// hiring classes that keep the promises at least cost (docs/capacity.md).
struct CapacityCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "capacity",
    abstract: "How many agents each week of the months ahead needs, and when to hire them.",
    discussion: HelpText.paragraphs(
      """
      Required FTE per week = productive agent-hours x efficiency / (fte_hours x (1 - shrinkage)). The agent-hours come from --workload (week,channel,agent_hours) or are sized from an interval forecast (--forecast, from staffplan forecast --weeks N) with the same models as require, before shrinkage. Head count follows each hiring class through training (paid, productivity 0) and ramp, with weekly attrition per stage; GLPK chooses the hires of each class week (whole numbers) at least cost: every head paid each week, a cost per hire, overtime within its limit, and a high price per FTE-week short. The model is in docs/capacity.md; every key of capacity.yaml and each column in docs/reference.md.

      Writes capacity.csv (week by week), hiring_plan.csv (class_start,hires,productive_from), capacity.json and report.html into --out; each --scenario file (name, volume, handle_time, shrinkage, attrition, ramp, headcount) is planned too, into scenario-NAME/, and compared side by side on stdout and in scenarios.csv.

      Example:
        staffplan forecast --plan Data/demo --start 2026-11-29 --weeks 26 --out forecast26.csv
        staffplan capacity --plan Data/demo --assumptions Data/demo/capacity.yaml --forecast forecast26.csv --out capacity
      """))

  @Option(help: "The plan folder (plan.yaml; agents.csv for the starting head count when capacity.yaml has none).")
  var plan: String
  @Option(help: "capacity.yaml: horizon, FTE hours, shrinkage, attrition, hiring, overtime, costs.")
  var assumptions: String
  @Option(help: "An interval forecast covering the horizon (staffplan forecast --weeks N).")
  var forecast: String?
  @Option(help: "Productive agent-hours per week and channel: week,channel,agent_hours.")
  var workload: String?
  @Option(help: "Weeks in the horizon, 1 to 104 (default: weeks in capacity.yaml).")
  var weeks: String?
  @Option(parsing: .upToNextOption, help: "Scenario files (YAML) planned beside the base.")
  var scenario: [String] = []
  @Option(help: "Stop the hiring search after this long (it is usually proven optimal in under a second).")
  var timeLimit: String = "60s"
  @Option(help: "Stop once the cost is proven within this share of the bound.")
  var gap: String = "0.01%"
  @Option(name: .customLong("write-model"), help: "Also write the base plan's hiring model as CPLEX LP (.lp) or MPS (.mps), for another solver.")
  var writeModel: String?
  @Option(help: "The folder to write into.")
  var out: String

  func run() throws {
    let plan = try PlanReader.read(folder: plan)
    let weeks = try self.weeks.map { (text) throws(InputError) -> Int in
      guard let value = Int(text), (1...104).contains(value) else {
        throw InputError(file: "--weeks", problem: "\"\(text)\" is not a number of weeks", remedy: "give 1 to 104")
      }
      return value
    }
    let limit = try CLI.parse("--time-limit", timeLimit) { text throws(ValueError) in try Duration(parsing: text) }
    let gap = try CLI.parse("--gap", gap) { text throws(ValueError) in try Percentage(parsing: text) }
    try checkPaths()
    let assumptions = try CapacityAssumptionsReader.read(path: assumptions, planShrinkage: plan.shrinkage, weeks: weeks)
    let reading = Date()
    let demand = try CapacityDemand(
      plan: plan, forecastPath: forecast, workloadPath: workload, assumptions: assumptions, weeksFromFlag: weeks != nil)
    let readTime = Progress.seconds(since: reading)
    let headcount = try startingHeadcount(plan: plan, assumptions: assumptions)
    let scenarios = try scenario.map { path throws in
      try CapacityScenarioReader.read(path: path, base: assumptions, channels: plan.channels.map(\.id))
    }
    try CapacityScenarioReader.checkNames(scenarios, files: scenario)
    Progress.note("capacity: read \(forecast ?? workload ?? "") in \(readTime)")
    let started = Date()
    let base = try CapacityRun.plan(
      name: "base", assumptions: assumptions, demand: demand, headcount: headcount, timeLimit: limit,
      gap: gap, writeModel: writeModel)
    var runs = [base]
    for scenario in scenarios {
      runs.append(try CapacityRun.plan(
        name: scenario.name, assumptions: scenario.apply(to: assumptions), demand: demand, volume: scenario.volume,
        handleTime: scenario.handleTime, headcount: scenario.headcount(headcount), timeLimit: limit, gap: gap))
    }
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    try removeEarlierScenarios()
    try base.write(to: out, plan: plan)
    for run in runs.dropFirst() {
      try run.write(to: "\(out)/scenario-\(CapacityRun.folderName(run.name))", plan: plan)
    }
    for note in base.notes { Progress.note("note: \(note)") }
    Progress.note(base.summary)
    if runs.count > 1 {
      let table = CapacityComparison(runs: runs)
      print(table.text, terminator: "")
      try AtomicFile.write(table.csv, to: "\(out)/scenarios.csv")
    }
    Progress.note(
      "capacity: \(runs.count) plan\(runs.count == 1 ? "" : "s") in \(Progress.seconds(since: started)); wrote \(out)/report.html, capacity.csv, hiring_plan.csv, capacity.json")
  }

  /// `--out` must be a folder (or absent); `--write-model` must name a format.
  func checkPaths() throws(InputError) {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: out, isDirectory: &isFolder), !isFolder.boolValue {
      throw InputError(file: "--out", problem: "\"\(out)\" is a file", remedy: "give a folder (it is created when missing)")
    }
    if let writeModel, !["lp", "mps"].contains((writeModel as NSString).pathExtension.lowercased()) {
      throw InputError(
        file: "--write-model", problem: "\"\(writeModel)\" is neither .lp nor .mps",
        remedy: "name the file like hiring.lp (CPLEX LP) or hiring.mps (free MPS)")
    }
  }

  /// Scenario folders and the comparison of an earlier run into the same `--out`, so every file
  /// there describes this run (other files are left alone).
  func removeEarlierScenarios() throws {
    let fileManager = FileManager.default
    for name in try fileManager.contentsOfDirectory(atPath: out)
    where name == "scenarios.csv" || name.hasPrefix("scenario-") {
      try fileManager.removeItem(atPath: "\(out)/\(name)")
    }
  }

  /// capacity.yaml's `headcount`, else agents.csv's weekly maximum hours over `fte_hours`.
  func startingHeadcount(plan: Plan, assumptions: CapacityAssumptions) throws -> Double {
    if let headcount = assumptions.headcount { return headcount }
    let path = "\(self.plan)/agents.csv"
    guard FileManager.default.fileExists(atPath: path) else {
      throw InputError(
        file: self.assumptions, field: "headcount", problem: "is missing and \(path) does not exist",
        remedy: "add it, like headcount: 100 (FTE at the start, all tenured)")
    }
    let agents = try AgentsReader.read(path: path, plan: plan)
    return agents.reduce(0) { $0 + $1.maxHours.inSeconds / 3600 } / assumptions.fteHours
  }
}
