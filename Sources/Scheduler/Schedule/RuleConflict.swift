/// A labour rule, a contract term or a demand family, as named in reports, conflicts and the
/// roster check: the one list the solver, `RosterCheck` and the docs share.
///
/// The hard rules of a roster (every one checked by `RosterCheck` on roster.csv) are
/// `oneShiftPerDay`, `shiftLength`, `startGrid`, `breaks`, `weeklyHours`, `maxDays`,
/// `maxConsecutiveDays`, `minDaysOff`, `minimumRest`, `availability`, `skills`, `openHours` and
/// `closedDay`; `RosterCheck` also names a shift dated outside the roster week (`week`) and an agent
/// missing from agents.csv (`knownAgent`), which the solver cannot produce. `coverDemand`, `deferredWork` and `channelCapacity` name the demand rows of the
/// model; `shiftTemplates` a plan whose shift policy allows no shift.
public enum ScheduleRule: String, Sendable, Codable, Equatable, CaseIterable {
  /// Requirement per channel and interval (unmet demand is priced, never a violation).
  case coverDemand
  /// Deferred work served within its window (late work is priced, never a violation).
  case deferredWork
  /// An agent serves one channel at a time; agents on break serve none.
  case channelCapacity
  /// Every break of the shift taken, inside its window, with its length, and breaks at least
  /// `min_work_between_breaks` of work apart.
  case breaks
  /// Work only inside the agent's availability.
  case availability
  /// At most one shift starting on each day.
  case oneShiftPerDay
  /// Paid hours within the agent's minimum and maximum (a minimum that cannot be met is a named conflict).
  case weeklyHours
  /// At most the agent's `max_days` working days.
  case maxDays
  /// At least `min_rest` between the end of a shift and the start of the next.
  case minimumRest
  /// At most `max_consecutive_days` working days in a row.
  case maxConsecutiveDays
  /// At least `min_days_off` days without a shift in the week.
  case minDaysOff
  /// Work only on channels the agent is skilled for.
  case skills
  /// A shift's length is one of `shifts.lengths`, inside `earliest_start` / `latest_end`.
  case shiftLength
  /// A shift starts on the `start_every` grid counted from the day's midnight.
  case startGrid
  /// Work on a channel only in its published hours (not on a holiday).
  case openHours
  /// No shift on a day when none of the agent's channels opens (a holiday, a closed day).
  case closedDay
  /// The plan's shift policy allows no shift in the week.
  case shiftTemplates
  /// A shift's date is one of the roster week's 7 days (checked on roster.csv only).
  case week
  /// Every agent of a roster is in agents.csv (checked on roster.csv only).
  case knownAgent
}

/// A rule that cannot hold as written, found before solving and named with its agent.
///
/// The solve still runs: the conflicting term is relaxed as `relaxedTo` says (for example an
/// agent's minimum hours lowered to what availability allows), and the report carries the conflict.
public struct RuleConflict: Sendable, Codable, Equatable, CustomStringConvertible {
  /// The agent concerned, or `nil` for a conflict of the plan as a whole.
  public var agent: String?
  /// The rule that cannot hold.
  public var rule: ScheduleRule
  /// What is wrong, in one sentence.
  public var problem: String
  /// What the scheduler did instead.
  public var relaxedTo: String

  public init(agent: String?, rule: ScheduleRule, problem: String, relaxedTo: String) {
    self.agent = agent
    self.rule = rule
    self.problem = problem
    self.relaxedTo = relaxedTo
  }

  public var description: String {
    "\(agent.map { "agent \($0): " } ?? "")\(rule.rawValue): \(problem); \(relaxedTo)"
  }
}

/// Why the scheduler could not run at all: the problem value is malformed (an adapter bug).
public enum SchedulingError: Error, Sendable, Equatable {
  /// An array has the wrong length or an index is out of range; `what` names it.
  case invalidProblem(String)
  /// The solver could not run (GLPK fatal error, invalid model).
  case solverFailed(String)
}
