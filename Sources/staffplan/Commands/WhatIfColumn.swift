import Forecast
import Foundation
import Scheduler

/// One column of a what-if comparison: the base plan or one scenario, run through require, schedule
/// and validate.
struct WhatIfColumn: Sendable, Codable, Equatable {
  /// One channel's outcome in this column.
  struct ChannelOutcome: Sendable, Codable, Equatable {
    var channel: String
    /// Week service level by formula (volume-weighted; deferred work: share completed in time).
    var serviceLevel: Double
    /// The promise in this column, like `80/20` or `90%/24h`.
    var target: String
    var kept: Bool
    /// Agent-hours of requirement the roster leaves unmet.
    var unmetAgentHours: Double
  }

  /// `base` or the scenario's name.
  var name: String
  /// The scenario file; nil for the base plan.
  var file: String?
  var paidHours: Double
  /// Paid hours / 40 (full-time equivalents of a 40-hour week).
  var fte: Double
  var cost: Double
  /// The solver's status: `optimal`, `gapReached`, `timeLimit` or `feasible`.
  var status: String
  var agents: Int
  var channels: [ChannelOutcome]
  var promisesKept: Int
  var promises: Int
  /// The scenario's assumptions and changes that are not visible in the figures.
  var notes: [String]

  /// Hours in one full-time week, for ``fte``.
  static let fullTimeHours = 40.0
}

/// Runs one column: requirements from the (transformed) forecast, the roster, and its validation.
enum WhatIfRun {
  static func column(
    name: String, file: String?, plan: Plan, agents: [Agent], forecast: ForecastTable, notes: [String],
    timeLimit: Duration
  ) throws -> WhatIfColumn {
    let requirements = try RequirementPlanner(plan: plan).requirements(for: forecast)
    let asked = try WeekProblem(plan: plan, agents: agents, requirements: requirements.map(\.row))
    // As `plan` writes it: a short week's promise roster may give way to the requirement's.
    let (week, result) = try SchedulePipeline.solveKeepingMost(
      asked, objective: .promise, timeLimit: timeLimit, gap: Percentage(fraction: 0.01))
    let segments = RosterExport(week: week, result: result).segments()
    let validation = RosterValidator(
      week: ValidationWeek(plan: plan, forecast: forecast, roster: segments, agentSkills: Agent.skills(agents))
    ).validate()
    var counted = result
    counted.countLateWork(validation, hoursPerInterval: plan.intervalLength.duration.inHours)
    let report = counted.report
    let channels = validation.channels.map { check in
      WhatIfColumn.ChannelOutcome(
        channel: check.channel.id, serviceLevel: check.serviceLevel, target: check.targetText, kept: check.kept,
        unmetAgentHours: report.unmetAgentHours[check.channel.id] ?? 0)
    }
    return WhatIfColumn(
      name: name, file: file, paidHours: report.paidHours, fte: report.paidHours / WhatIfColumn.fullTimeHours,
      cost: report.cost, status: report.status.rawValue, agents: agents.count, channels: channels,
      promisesKept: channels.filter(\.kept).count, promises: channels.count, notes: notes)
  }
}
