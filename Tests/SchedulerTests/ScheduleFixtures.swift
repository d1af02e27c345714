@testable import Scheduler

/// Tiny weeks of hourly intervals for the scheduler's rule tests.
enum Fixture {
  /// A week of `days` days of `hours` hourly intervals each (a 23- or 25-hour day is just a count).
  static func problem(
    hoursPerDay: [Int], channels: [ChannelDemand], lengths: [Int] = [4], startEvery: Int = 1,
    breaks: [BreakRule] = [], agents: [AgentContract], rules: LabourRules = LabourRules(),
    earliestStart: Int = 0, latestEnd: Int? = nil
  ) -> SchedulingProblem {
    var dayStarts: [Int] = []
    var labels: [String] = []
    for (d, hours) in hoursPerDay.enumerated() {
      dayStarts.append(labels.count)
      labels += (0..<hours).map { "d\(d) \($0 < 10 ? "0" : "")\($0):00" }
    }
    return SchedulingProblem(
      intervalLength: .seconds(3600), dayStarts: dayStarts, intervalCount: labels.count, labels: labels,
      channels: channels,
      shiftTemplates: [
        ShiftTemplate(
          startEvery: startEvery, lengths: lengths, earliestStart: earliestStart, latestEnd: latestEnd,
          breaks: breaks)
      ],
      agents: agents, rules: rules)
  }

  /// Demand of `agents` in the given hours of the time line, zero elsewhere.
  static func demand(_ T: Int, _ hours: [Range<Int>], agents: Double = 1) -> [Double] {
    (0..<T).map { t in hours.contains { $0.contains(t) } ? agents : 0 }
  }

  static func voice(_ required: [Double], penalty: Double = 100) -> ChannelDemand {
    ChannelDemand(id: "voice", demand: .immediate(required: required), unmetPenaltyPerHour: penalty)
  }

  /// E-mail with `workload` agent-hours arriving per hour, due within `window` hours, open 08:00-18:00
  /// on the first day only.
  static func email(_ workload: [Double], window: Int, penalty: Double) -> ChannelDemand {
    ChannelDemand(
      id: "email", demand: .deferred(workload: workload, window: window, backlog: 0),
      open: workload.indices.map { $0 >= 8 && $0 < 18 }, unmetPenaltyPerHour: penalty)
  }

  static func agent(
    _ id: String, skills: [Int] = [0], min: Double = 0, max: Double = 40, maxDays: Int = 7,
    available: [Bool]? = nil, cost: Double = 10
  ) -> AgentContract {
    AgentContract(
      id: id, skills: skills, minHours: min, maxHours: max, maxDays: maxDays, available: available,
      costPerHour: cost)
  }

  static func solve(_ problem: SchedulingProblem) throws -> ScheduleResult {
    try WeeklyScheduler(timeLimit: .seconds(10), relativeGap: 0).schedule(problem)
  }

  /// Every shift in the roster, with its agent.
  static func shifts(_ result: ScheduleResult) -> [(agent: String, shift: Roster.Shift)] {
    result.roster.agents.flatMap { week in week.shifts.map { (week.agent, $0) } }
  }
}
