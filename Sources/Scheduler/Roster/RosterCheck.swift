import Forecast
import Foundation

/// Checks a finished roster against every hard rule of the plan and the agents' contracts.
///
/// Independent of the solver on purpose: it reads only the domain types (plan, agents, roster
/// segments as written to roster.csv) and works in real time, with instants and the plan's calendar,
/// so a mistake in the solver's interval arithmetic shows here. A shift is all segments of one agent
/// with one `date`; they must tile the shift without gap or overlap. Mappings (the README's "How
/// staffplan reads a plan"):
/// - A shift's length is real elapsed time; its start lies on the `start_every` grid counted in
///   elapsed time from its date's local midnight; `earliest_start` / `latest_end` are wall-clock.
/// - A break `after: d` starts between `d` and `d + 1h` into the shift; `window: [a, b]` lies inside
///   `a ... b`. Adjacent breaks may be written as one segment (then they break `min_work_between_breaks`
///   unless it is 0m); two breaks leave at least `min_work_between_breaks` of work between them.
/// - Availability and opening hours are read per plan interval the time touches, by the interval's
///   wall-clock start, holidays closed (as the solver maps them).
/// - Paid hours are shift lengths less the unpaid breaks taken.
public struct RosterCheck: Sendable {
  public let plan: Plan
  public let agents: [Agent]
  let agentsByID: [String: Agent]
  /// The intervals of the roster week and a day either side, by local date.
  let intervalsByDate: [LocalDate: [Interval]]

  public init(plan: Plan, agents: [Agent]) {
    self.plan = plan
    self.agents = agents
    self.agentsByID = Dictionary(agents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let week = plan.week
    self.intervalsByDate = Dictionary(grouping: plan.calendar.intervals(in: week.adding(days: -1)..<week.adding(days: 8))) {
      $0.date
    }
  }

  /// Reads plan.yaml, agents.csv (default: the plan folder's) and roster.csv, and checks the roster.
  ///
  /// Unreadable files throw `InputError`; an unknown agent or channel in the roster is a violation.
  public static func check(planFolder: String, agentsPath: String? = nil, rosterPath: String) throws
    -> [RosterViolation]
  {
    let plan = try PlanReader.read(folder: planFolder)
    let agentsFile = agentsPath ?? URL(fileURLWithPath: planFolder).appendingPathComponent("agents.csv").path
    let agents = try AgentsReader.read(path: agentsFile, plan: plan)
    let segments = try RosterFile.read(path: rosterPath, calendar: plan.calendar, channels: nil)
    return RosterCheck(plan: plan, agents: agents).check(segments)
  }

  /// Every violation of the roster: agents in agents.csv order (then unknown ones in roster order),
  /// each agent's shifts by date with their rules in table order, then the rules of the week.
  public func check(_ segments: [RosterSegment]) -> [RosterViolation] {
    var byAgent: [String: [RosterSegment]] = [:]
    var order = agents.map(\.id)
    for segment in segments {
      if byAgent[segment.agentID] == nil, agentsByID[segment.agentID] == nil { order.append(segment.agentID) }
      byAgent[segment.agentID, default: []].append(segment)
    }
    var seen: Set<String> = []
    var violations: [RosterViolation] = []
    for id in order where seen.insert(id).inserted {
      let week = agentWeek(id, byAgent[id] ?? [])
      for shift in week.shifts {
        for rule in shiftRules { violations += rule(shift) }
      }
      for rule in weekRules { violations += rule(week) }
    }
    return violations
  }

  /// The rules of one shift, in the order they are reported: the table of contents, part one.
  var shiftRules: [(Shift) -> [RosterViolation]] {
    [oneShiftPerDay, week, shiftLength, startGrid, breaks, availability, skills, openHours, closedDay]
  }

  /// The rules of an agent's week, reported after the shifts': the table of contents, part two.
  var weekRules: [(AgentWeek) -> [RosterViolation]] {
    [knownAgent, weeklyHours, maxDays, maxConsecutiveDays, minDaysOff, minimumRest]
  }

  /// One agent's shifts in date order; `agent` is nil when the id is not in agents.csv.
  struct AgentWeek {
    var id: String
    var agent: Agent?
    var shifts: [Shift]
    /// The shifts dated inside the roster week (those outside are `week` violations).
    var shiftsInWeek: [Shift]
  }

  func agentWeek(_ id: String, _ segments: [RosterSegment]) -> AgentWeek {
    let agent = agentsByID[id]
    let shifts = Dictionary(grouping: segments, by: \.shiftDate).sorted { $0.key < $1.key }.map { date, segments in
      Shift(agentID: id, agent: agent, date: date, segments: segments, policy: plan.shifts)
    }
    let days = plan.calendar.weekDays
    return AgentWeek(id: id, agent: agent, shifts: shifts, shiftsInWeek: shifts.filter { days.contains($0.date) })
  }

  /// A violation of `shift`'s agent on its date.
  func violation(_ shift: Shift, _ rule: ScheduleRule, _ message: String) -> RosterViolation {
    RosterViolation(agent: shift.agentID, date: shift.date, rule: rule, message: message)
  }
}
