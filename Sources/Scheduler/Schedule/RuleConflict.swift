/// A labour rule, a contract term or a demand family, as named in reports and conflicts.
public enum ScheduleRule: String, Sendable, Codable, Equatable, CaseIterable {
  case coverDemand, deferredWork, channelCapacity, breaks, availability, oneShiftPerDay
  case weeklyHours, maxDays, minimumRest, maxConsecutiveDays, skills, shiftTemplates
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
