import ArgumentParser
import Forecast
import Foundation
import Scheduler

/// `staffplan check`: every hard rule a roster breaks, one line each, checked apart from the solver.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Every hard rule a roster breaks, one line each; exit 2 when one is broken.",
    discussion: """
      Reads roster.csv as written and checks it against plan.yaml and agents.csv
      without the solver, in real time in the plan's time zone: one shift per date
      with contiguous segments, shift lengths, the start grid, breaks in their
      windows, weekly paid hours (a minimum missed is reported too), max days,
      consecutive days, days off, rest between shifts, availability, skills,
      channels' open hours (idle only while none of the agent's channels is open),
      closed days and holidays, dates outside the week, agents missing from
      agents.csv.

      Each line reads `agent, date, rule: message` (`week` for a rule of the whole
      week); the last line counts them. Exit status: 0 no violation, 2 a
      violation, 64 bad input.

      Example:
        staffplan check --plan Data/demo --roster staffplan-demo/roster.csv
      """)

  @Option(help: "The plan folder (plan.yaml).")
  var plan: String
  @Option(help: "The roster (roster.csv written by staffplan schedule).")
  var roster: String
  @Option(help: "agents.csv (default: the plan folder's).")
  var agents: String?
  @Flag(help: "Print JSON: {\"count\": N, \"violations\": [{agent, date, rule, message, hours}]}.")
  var json = false

  func run() throws {
    let violations = try RosterCheck.check(planFolder: plan, agentsPath: agents, rosterPath: roster)
    if json {
      print(try Self.json(violations))
    } else {
      for violation in violations { print(violation.description) }
      print(Self.count(violations))
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

  static func json(_ violations: [RosterViolation]) throws -> String {
    struct Output: Encodable {
      var count: Int
      var violations: [RosterViolation]
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    return String(decoding: try encoder.encode(Output(count: violations.count, violations: violations)), as: UTF8.self)
  }
}
