import ArgumentParser
import Forecast
import Foundation
import Scheduler

/// `staffplan check`: every hard rule a roster breaks, one line each, checked apart from the solver.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Every hard rule a roster breaks, one line each; exit 2 when one is broken.",
    discussion: HelpText.paragraphs(
      """
      Reads roster.csv as written and checks it against plan.yaml and agents.csv
      without the solver, in real time in the plan's time zone: one shift per date
      with contiguous segments, shift lengths, the start grid, breaks in their
      windows and min_work_between_breaks apart, weekly paid hours (a minimum missed is reported too), max days,
      consecutive days, days off, rest between shifts, availability, skills,
      channels' open hours (idle only while none of the agent's channels is open),
      closed days and holidays, dates outside the week, agents missing from
      agents.csv.

      A minimum the schedule named as impossible (its schedule.json `conflicts`:
      availability, days or shift lengths cannot reach it) is listed as `named:`
      and does not count as a violation; the schedule.json beside the roster is
      read unless --schedule names another (or `none`).

      Each line reads `agent, date, rule: message` (`week` for a rule of the whole
      week); the last line counts them. Exit status: 0 no violation, 2 a
      violation, 64 bad input.

      Example:
        staffplan check --plan Data/demo --roster staffplan-demo/roster.csv
      """))

  @Option(help: "The plan folder (plan.yaml).")
  var plan: String
  @Option(help: "The roster (roster.csv written by staffplan schedule).")
  var roster: String
  @Option(help: "agents.csv (default: the plan folder's).")
  var agents: String?
  @Option(help: "schedule.json whose named conflicts explain missed minimums (default: beside the roster; none: ignore).")
  var schedule: String?
  @Flag(help: "Print JSON: {\"count\": N, \"violations\": [{agent, date, rule, message, hours}], \"named\": [...]}.")
  var json = false

  func run() throws {
    let found = try RosterCheck.check(planFolder: plan, agentsPath: agents, rosterPath: roster)
    let conflicts = try namedConflicts()
    let named = found.filter { $0.isExplained(by: conflicts) }
    let violations = found.filter { !$0.isExplained(by: conflicts) }
    if json {
      print(try Self.json(violations, named: named))
    } else {
      for violation in named { print("named: \(violation.description)") }
      for violation in violations { print(violation.description) }
      print(Self.count(violations) + (named.isEmpty ? "" : "; \(named.count) minimum\(named.count == 1 ? "" : "s") named in schedule.json"))
    }
    if !violations.isEmpty { throw PromiseBroken(message: "check: \(Self.count(violations)) in \(roster)") }
  }

  /// `no violations`, `1 violation`, `12 violations`.
  static func count(_ violations: [RosterViolation]) -> String {
    switch violations.count {
    case 0: "no violations"
    case 1: "1 violation"
    default: "\(violations.count) violations"
    }
  }

  /// The conflicts of the schedule.json that goes with the roster, if any.
  func namedConflicts() throws -> [RuleConflict] {
    struct Schedule: Decodable { var conflicts: [RuleConflict] }
    let path = schedule ?? URL(fileURLWithPath: roster).deletingLastPathComponent().appendingPathComponent("schedule.json").path
    guard path != "none" else { return [] }
    guard let data = FileManager.default.contents(atPath: path) else {
      if schedule == nil { return [] }
      throw InputError(file: path, problem: "cannot be read", remedy: "name the schedule.json staffplan schedule wrote, or --schedule none")
    }
    do { return try JSONDecoder().decode(Schedule.self, from: data).conflicts } catch {
      throw InputError(file: path, problem: "is not a schedule.json written by staffplan schedule", remedy: "name that file, or --schedule none")
    }
  }

  static func json(_ violations: [RosterViolation], named: [RosterViolation]) throws -> String {
    struct Output: Encodable {
      var count: Int
      var violations: [RosterViolation]
      var named: [RosterViolation]
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let output = Output(count: violations.count, violations: violations, named: named)
    return String(decoding: try encoder.encode(output), as: UTF8.self)
  }
}
