/// Agents that are interchangeable for the shift-count model: same skills, same cost per hour.
///
/// Stage 1 counts shifts per class rather than per agent, which keeps the model small and its
/// LP bound valid for the named problem: every named roster maps to class counts of the same
/// cost and coverage. Individual contracts enter as class totals that every named roster meets
/// (`availability`, `oneShiftPerDay`, `weeklyHours`, `workingDays`).
public struct AgentClass: Sendable, Equatable {
  /// The channels the class serves (sorted channel indices).
  public var skills: [Int]
  /// Cost of one paid hour.
  public var costPerHour: Double
  /// The agents of the class, as indices into `SchedulingProblem.agents`.
  public var members: [Int]
  /// For each shift of the catalog, how many members can work it.
  public var eligible: [Int]
  /// For each day, how many members can work some shift of that day.
  public var availableOnDay: [Int]
  /// The class's total weekly paid hours, lowest and highest.
  public var minHours: Double
  public var maxHours: Double
  /// The class's total working days, lowest (from minimum hours) and highest.
  public var minDays: Int
  public var maxDays: Int

  /// A short name for rows and columns: the skills joined by `+`, and the cost.
  public func name(in problem: SchedulingProblem) -> String {
    let skills = skills.map { problem.channels[$0].id }.joined(separator: "+")
    return "\(skills)@\(costPerHour.formatted)"
  }

  /// Groups the agents of `problem` into classes, in order of first appearance.
  public static func classes(
    of problem: SchedulingProblem, catalog: ShiftCatalog, minHours: [Double]
  ) -> [AgentClass] {
    var keys: [String] = []
    var groups: [String: [Int]] = [:]
    let level = costLevels(of: problem)
    for (index, agent) in problem.agents.enumerated() {
      let skills = Array(Set(agent.skills)).sorted()
      let key = "\(skills)|\(level[index])"
      if groups[key] == nil { keys.append(key) }
      groups[key, default: []].append(index)
    }
    let hours = problem.hoursPerInterval
    let longestPaid = Double(catalog.shifts.map(\.paidIntervals).max() ?? 0) * hours
    let dayCap = problem.maxDaysUnderConsecutiveRule
    return keys.map { key in
      let members = groups[key]!
      let first = problem.agents[members[0]]
      var eligible = Array(repeating: 0, count: catalog.shifts.count)
      var onDay = Array(repeating: 0, count: problem.dayCount)
      var lowest = 0.0, highest = 0.0
      for agent in members {
        var days = Set<Int>()
        var lengths = Set<Int>()
        for (index, shift) in catalog.shifts.enumerated() where problem.agent(agent, canWork: shift) {
          eligible[index] += 1
          days.insert(shift.day)
          lengths.insert(shift.paidIntervals)
        }
        for day in days { onDay[day] += 1 }
        let range = AchievableHours(
          paidLengths: lengths, shifts: min(problem.agents[agent].maxDays, dayCap, days.count),
          hoursPerInterval: hours
        ).range(min: minHours[agent], max: problem.agents[agent].maxHours)
        lowest += range.lowerBound
        highest += range.upperBound
      }
      var minDays = 0
      if longestPaid > 0 {
        for agent in members { minDays += Int((minHours[agent] / longestPaid - 1e-9).rounded(.up)) }
      }
      return AgentClass(
        skills: Array(Set(first.skills)).sorted(),
        costPerHour: members.map { problem.agents[$0].costPerHour }.min() ?? first.costPerHour,
        members: members, eligible: eligible, availableOnDay: onDay,
        minHours: lowest, maxHours: highest,
        minDays: minDays,
        maxDays: members.reduce(0) { $0 + min(problem.agents[$1].maxDays, dayCap) })
    }
  }
}

extension AgentClass {
  /// At most this many cost levels per skill set: agents with many different hourly costs share
  /// classes, so 1,000 agents with 1,000 costs give a model of a few dozen classes, not 1,000.
  static let maxCostLevels = 4

  /// Per agent, its cost level within its skill set: the distinct costs of a skill set in order, cut
  /// into at most ``maxCostLevels`` runs of about equal head count. Agents with the same cost always
  /// share a level. A class is costed at its cheapest member, so stage 1 still bounds every roster.
  static func costLevels(of problem: SchedulingProblem) -> [Int] {
    var bySkills: [[Int]: [Int]] = [:]
    for (index, agent) in problem.agents.enumerated() {
      bySkills[Array(Set(agent.skills)).sorted(), default: []].append(index)
    }
    var level = Array(repeating: 0, count: problem.agents.count)
    for members in bySkills.values {
      let costs = Array(Set(members.map { problem.agents[$0].costPerHour })).sorted()
      guard costs.count > maxCostLevels else {
        for agent in members { level[agent] = costs.firstIndex(of: problem.agents[agent].costPerHour)! }
        continue
      }
      let sorted = members.sorted { problem.agents[$0].costPerHour < problem.agents[$1].costPerHour }
      var cost = -Double.infinity
      var current = -1
      for (position, agent) in sorted.enumerated() {
        let agentCost = problem.agents[agent].costPerHour
        if agentCost != cost {
          cost = agentCost
          current = max(current, position * maxCostLevels / sorted.count)
        }
        level[agent] = current
      }
    }
    return level
  }
}

extension Double {
  /// A compact decimal for names: `25`, `12.5`.
  var formatted: String {
    self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
  }
}
