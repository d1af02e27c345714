/// The week stage 1 solves: the catalog, the rule conflicts and the agent classes, made coarser
/// when the full week's relaxation is too large to end in time.
///
/// A week of many agent classes and fine shift starts gives a relaxation GLPK cannot finish: 45
/// agents on 13 skill sets with 24-hour voice and WhatsApp, starts every 15 minutes, is about
/// 380,000 columns (break positions of every class and start are most of them); the simplex was
/// still running after its 10 minutes, and GLPK's interior point did not finish its first
/// iteration in 5 minutes at 127,000 columns. Without a relaxation there are no shift counts and
/// the roster is minimum hours only. So, while the estimate exceeds the budget, the classes of one
/// skill set are merged into one (costed at its cheapest member, so the bound still holds), then
/// shifts start half as often, up to once an hour. The roster's shifts keep to the coarser grid,
/// and `stopReason` says what was coarsened and that the bound is over the coarser week.
struct CoarseWeek {
  var problem: SchedulingProblem
  var catalog: ShiftCatalog
  var conflicts: [RuleConflict]
  var minHours: [Double]
  var classes: [AgentClass]
  /// What was made coarser, for `stopReason`; nil when the week is solved as given.
  var note: String?

  /// The week with `costLevels` per skill set; the rule conflicts and minimum hours are those of
  /// `rules` when given (the full week's: a coarser grid is no conflict of the plan's).
  init(
    _ problem: SchedulingProblem, costLevels: Int = AgentClass.maxCostLevels, rules: CoarseWeek? = nil,
    skillsOf: [[Int]]? = nil
  ) {
    self.problem = problem
    catalog = ShiftCatalog(problem: problem)
    (conflicts, minHours) = rules.map { ($0.conflicts, $0.minHours) } ?? problem.ruleConflicts(catalog: catalog)
    classes = AgentClass.classes(
      of: problem, catalog: catalog, minHours: minHours, costLevels: costLevels, skillsOf: skillsOf)
  }

  /// Per agent, the largest skill set of the week that holds theirs (the one with the most agents
  /// when several do): classes of these serve every channel any member serves, a relaxation, so
  /// the bound holds; named agents and the channel split keep each agent's own skills.
  static func supersets(of problem: SchedulingProblem) -> [[Int]] {
    let sets = problem.agents.map { Array(Set($0.skills)).sorted() }
    var heads: [[Int]: Int] = [:]
    for set in sets { heads[set, default: 0] += 1 }
    let maximal = heads.keys.filter { set in !heads.keys.contains { $0 != set && Set(set).isSubset(of: $0) } }
      .sorted { heads[$0]! != heads[$1]! ? heads[$0]! > heads[$1]! : $0.lexicographicallyPrecedes($1) }
    return sets.map { set in maximal.first { Set(set).isSubset(of: $0) } ?? set }
  }

  /// The week as given, or the first coarser one whose relaxation is within `budget` columns
  /// (the coarsest tried when none is). Starts are only made coarser to a multiple of the plan's
  /// step (so every start is one the plan allows), at most once an hour, and only while every
  /// agent keeps a shift they can work on every day they could before.
  static func fitted(_ problem: SchedulingProblem, budget: Int) -> CoarseWeek {
    let given = CoarseWeek(problem)
    let full = given.relaxationColumns
    guard full > budget else { return given }
    // Coarser and coarser: cost levels merged, then starts half as often; then classes of the
    // widest skill sets, starts again from the plan's step. The first within the budget is kept.
    let hour = Int((1 / problem.hoursPerInterval).rounded())
    let grows = { (template: ShiftTemplate, factor: Int) in template.startEvery > 0 && template.startEvery * factor <= hour }
    let workDays = given.workDays
    var week = given
    var factor = 1
    var merged = false
    search: for wide in [false, true] {
      let skillsOf = wide ? supersets(of: problem) : nil
      var f = 1
      while true {
        var coarser = problem
        for (i, template) in problem.shiftTemplates.enumerated() where grows(template, f) {
          coarser.shiftTemplates[i].startEvery = template.startEvery * f
        }
        let next = CoarseWeek(coarser, costLevels: 1, rules: given, skillsOf: skillsOf)
        guard f == 1 || next.workDays == workDays else { break }
        // Wider classes only when they are fewer than the skill sets' own.
        if wide && f == 1 && next.classes.count >= week.classes.count { break search }
        (week, factor, merged) = (next, f, wide)
        if next.relaxationColumns <= budget { break search }
        guard problem.shiftTemplates.contains(where: { grows($0, f * 2) }) else { break }
        f *= 2
      }
    }
    var parts: [String] = []
    if merged {
      parts.append(
        "agents share the class of the widest skill set that holds theirs (\(given.classes.count) -> \(week.classes.count) classes; each still answers only their own channels)")
    } else if week.classes.count < given.classes.count {
      parts.append("agents of one skill set share a class whatever their cost (\(given.classes.count) -> \(week.classes.count) classes)")
    }
    if factor > 1 {
      let minutes = zip(problem.shiftTemplates, week.problem.shiftTemplates).filter { $0.0.startEvery != $0.1.startEvery }.map {
        "every \(minutesText($0.1.startEvery, problem)), not \(minutesText($0.0.startEvery, problem))"
      }
      parts.append("shifts start \(Array(Set(minutes)).sorted().joined(separator: ", "))")
    }
    guard !parts.isEmpty else { return given }
    week.note =
      "the week was too large to solve as given (about \(full.grouped) columns in its relaxation; about "
      + "\(budget.grouped) solve in time), so stage 1 solved a coarser one (about \(week.relaxationColumns.grouped)): "
      + parts.joined(separator: "; ") + "; "
      + (factor > 1 ? "the lower bound is the coarser week's, not a bound over every start the plan allows" : "the lower bound still holds")
    return week
  }

  /// Per agent, the days with a shift of the catalog they can work.
  var workDays: [Set<Int>] {
    problem.agents.indices.map { a in
      Set(catalog.shifts.filter { problem.agent(a, canWork: $0) }.map(\.day))
    }
  }

  /// About how many columns the relaxation has: per class its shifts, their break positions and
  /// its channels' open intervals (the columns that grow with classes and starts).
  var relaxationColumns: Int {
    var total = 0
    for agentClass in classes {
      var hasShift = Array(repeating: false, count: catalog.shifts.count)
      for (s, count) in agentClass.eligible.enumerated() where count > 0 {
        hasShift[s] = true
        total += 1
      }
      for group in catalog.breakGroups where group.shifts.contains(where: { hasShift[$0] }) { total += group.starts.count }
      for c in agentClass.skills { total += (0..<problem.intervalCount).count { problem.channels[c].isOpen($0) } }
    }
    return total
  }

  private static func minutesText(_ intervals: Int, _ problem: SchedulingProblem) -> String {
    "\(Int((Double(intervals) * problem.hoursPerInterval * 60).rounded())) min"
  }
}

extension Int {
  /// `380,686`.
  fileprivate var grouped: String {
    let digits = Array(String(abs(self)))
    var text = ""
    for (i, digit) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return (self < 0 ? "-" : "") + text
  }
}
