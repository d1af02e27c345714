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
  /// Members who can work only part of the class's shifts (availability): each group of members
  /// able to work some shift, as member positions, with the shifts only they can work.
  var subsets: [MemberSubset] = []

  /// A proper subset of a class's members and the shifts no other member can work: stage 1's
  /// `memberSubset` rows (FORMULATION.md).
  struct MemberSubset: Sendable, Equatable {
    /// The shifts whose every able member is in the subset.
    var shifts: [Int]
    /// Members in the subset.
    var size: Int
    /// The most days and paid hours the subset's members can work in the week (whole shifts).
    var maxDays: Int
    var maxHours: Double
  }

  /// A short name for rows and columns: the skills joined by `+`, and the cost.
  public func name(in problem: SchedulingProblem) -> String {
    let skills = skills.map { problem.channels[$0].id }.joined(separator: "+")
    return "\(skills)@\(costPerHour.formatted)"
  }

  /// Groups the agents of `problem` into classes, in order of first appearance.
  public static func classes(
    of problem: SchedulingProblem, catalog: ShiftCatalog, minHours: [Double], costLevels levels: Int = maxCostLevels,
    skillsOf: [[Int]]? = nil
  ) -> [AgentClass] {
    var keys: [String] = []
    var groups: [String: [Int]] = [:]
    var classSkills: [String: [Int]] = [:]
    let level = costLevels(of: problem, levels: levels)
    for (index, agent) in problem.agents.enumerated() {
      let skills = Array(Set(skillsOf?[index] ?? agent.skills)).sorted()
      let key = "\(skills)|\(level[index])"
      classSkills[key] = skills
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
      var able = Array(repeating: [Int](), count: catalog.shifts.count)
      var dayLimit = [Int](), hourLimit = [Double]()
      for (position, agent) in members.enumerated() {
        var days = Set<Int>()
        var lengths = Set<Int>()
        for (index, shift) in catalog.shifts.enumerated() where problem.agent(agent, canWork: shift) {
          eligible[index] += 1
          able[index].append(position)
          days.insert(shift.day)
          lengths.insert(shift.paidIntervals)
        }
        for day in days { onDay[day] += 1 }
        let whole = AchievableHours(
          agent: problem.agents[agent], paidLengths: lengths, workableDays: days.count, dayCap: dayCap,
          hoursPerInterval: hours)
        let range = whole.range(min: minHours[agent], max: problem.agents[agent].maxHours)
        lowest += range.lowerBound
        highest += range.upperBound
        dayLimit.append(whole.shifts)
        hourLimit.append(range.upperBound)
      }
      var minDays = 0
      if longestPaid > 0 {
        for agent in members { minDays += Int((minHours[agent] / longestPaid - 1e-9).rounded(.up)) }
      }
      var agentClass = AgentClass(
        skills: classSkills[key]!,
        costPerHour: members.map { problem.agents[$0].costPerHour }.min() ?? first.costPerHour,
        members: members, eligible: eligible, availableOnDay: onDay,
        minHours: lowest, maxHours: highest,
        minDays: minDays,
        // Days each member can work some shift, not only `max_days`: a planner's weekend agent
        // (max 5 days, available Friday to Sunday) counted 5, and stage 1 gave her class two
        // Friday and Saturday evening shifts nobody could take (emergency below its floor).
        maxDays: dayLimit.reduce(0, +))
      agentClass.subsets = MemberSubset.of(able: able, members: members.count, maxDays: dayLimit, maxHours: hourLimit)
      return agentClass
    }
  }
}

extension AgentClass {
  /// At most this many cost levels per skill set: agents with many different hourly costs share
  /// classes, so 1,000 agents with 1,000 costs give a model of a few dozen classes, not 1,000.
  public static let maxCostLevels = 4

  /// Per agent, its cost level within its skill set: the distinct costs of a skill set in order, cut
  /// into at most ``maxCostLevels`` runs of about equal head count. Agents with the same cost always
  /// share a level. A class is costed at its cheapest member, so stage 1 still bounds every roster.
  static func costLevels(of problem: SchedulingProblem, levels: Int = maxCostLevels) -> [Int] {
    var bySkills: [[Int]: [Int]] = [:]
    for (index, agent) in problem.agents.enumerated() {
      bySkills[Array(Set(agent.skills)).sorted(), default: []].append(index)
    }
    var level = Array(repeating: 0, count: problem.agents.count)
    for members in bySkills.values {
      let costs = Array(Set(members.map { problem.agents[$0].costPerHour })).sorted()
      guard costs.count > levels else {
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
          current = max(current, position * levels / sorted.count)
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

extension AgentClass.MemberSubset {
  /// The subsets worth a row: each distinct set of members able to work some shift, when smaller
  /// than the class, with every shift whose able members all lie in it (at most `limit` subsets,
  /// smallest first; identical shift lists once).
  static func of(able: [[Int]], members: Int, maxDays: [Int], maxHours: [Double], limit: Int = 64)
    -> [AgentClass.MemberSubset]
  {
    let sets = Set(able.filter { !$0.isEmpty && $0.count < members }).sorted { $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1) }
    var result: [AgentClass.MemberSubset] = []
    var seen = Set<[Int]>()
    for set in sets.prefix(limit) {
      let inside = Set(set)
      let shifts = able.indices.filter { !able[$0].isEmpty && able[$0].allSatisfy(inside.contains) }
      guard seen.insert(shifts).inserted else { continue }
      result.append(
        .init(
          shifts: shifts, size: set.count, maxDays: set.reduce(0) { $0 + maxDays[$1] },
          maxHours: set.reduce(0) { $0 + maxHours[$1] }))
    }
    return result
  }
}

extension AgentClass.MemberSubset {
  /// One of the subset's rows: `Σ coefficient × shift[s] ≤ bound` over `terms` (shift, coefficient).
  struct Row {
    /// `memberSubset` (one day), `memberSubsetDays` or `memberSubsetHours` (the week).
    var name: String
    var day: Int?
    var terms: [(shift: Int, coefficient: Double)]
    var bound: Double
  }

  /// The subset's rows, for stage 1 and for the check of a relaxation alike: per day, its shifts
  /// that day at most its size (only where two or more and the class has more members available
  /// that day); over the week, its shifts at most its days and their paid hours at most its hours.
  func rows(catalog: ShiftCatalog, availableOnDay: [Int], hoursPerInterval: Double) -> [Row] {
    var rows: [Row] = []
    for day in availableOnDay.indices where size < availableOnDay[day] {
      let terms = shifts.filter { catalog.shifts[$0].day == day }.map { (shift: $0, coefficient: 1.0) }
      if terms.count > 1 { rows.append(Row(name: "memberSubset", day: day, terms: terms, bound: Double(size))) }
    }
    rows.append(Row(name: "memberSubsetDays", day: nil, terms: shifts.map { ($0, 1.0) }, bound: Double(maxDays)))
    rows.append(
      Row(
        name: "memberSubsetHours", day: nil, terms: shifts.map { ($0, Double(catalog.shifts[$0].paidIntervals) * hoursPerInterval) },
        bound: maxHours))
    return rows
  }

  /// Whether the shift counts `count(s)` break one of the subset's rows.
  func isBroken(by count: (Int) -> Double, catalog: ShiftCatalog, availableOnDay: [Int], hoursPerInterval: Double)
    -> Bool
  {
    rows(catalog: catalog, availableOnDay: availableOnDay, hoursPerInterval: hoursPerInterval).contains { row in
      row.terms.reduce(0) { $0 + $1.coefficient * count($1.shift) } > row.bound + 1e-6
    }
  }
}
