/// Stage 2b: one class's stage-1 shifts given to its members by a MIP, when the greedy pass left
/// shifts unfilled or members short of their minimum hours.
///
/// The greedy pass decides day by day, so it can spend on Monday the working days or hours a
/// member needed on Sunday. This model sees the whole week at once. Columns:
/// - `take[a,s,v]` binary: member `a` fills shift `s` (one stage 1 asked of the class) by working
///   `v`, `s` itself or (`otherLengths`) another length of the same start and template, only where `a` is available
///   for the whole of `v`; a shorter `v` costs `unfilledWeight` per paid hour lost, a longer one
///   `extraWeight` per paid hour added. Stage 1 plans class totals its members' exact weeks cannot
///   always split (a planner's 24/7 week: four 10-hour shifts at 12:00 only one of two members
///   could work, the other reaching its 38 h only with 14:00 shifts): other lengths let the
///   members' minimums be met (class minimum penalties 3,442.5 -> 255, unfilled shifts 5 -> 1,
///   gap 20.4 -> 11.0 %);
/// - `unfilled[s]` in `0...count[s]`, cost `unfilledWeight` per paid hour times `weight(s)` (the
///   night's only shift on an open line weighs more than one of ten day shifts; hours lost to a
///   shorter `v` too);
/// - `short[a]` ≥ 0, hours below the member's minimum, cost `shortWeight` per hour.
///
/// Rows (every hard rule of `NamedAssignment.canTake`, per member):
/// - `fill[s]`: `Σ_{a,v} take[a,s,v] + unfilled[s] = count[s]`;
/// - `oneShift[a,d]`: at most one shift a day;
/// - `hours[a]`: `minHours ≤ Σ paid·take + short`, `Σ paid·take ≤ maxHours`; `days[a]` ≤ maxDays;
/// - `rest[a,d,d',e]` for each pair of days with shifts closer than the minimum rest and each end
///   time `e` of day `d`: the shifts of `d` ending at or after `e` and those of `d'` starting
///   before `e + minRest` pairwise conflict, so at most one of them is worked (a clique row,
///   stronger than one row per conflicting pair, and fewer rows);
/// - `consecutive[a,d]`: at most `K` working days in any `K + 1` consecutive days.
///
/// Every objective term is a penalty, so the LP bound is usually 0 and an assignment that fills
/// everything is proven optimal the moment it is found.
struct ClassAssignmentModel {
  static let unfilledWeight = 10.0
  static let shortWeight = 5.0

  var model = LinearModel(name: "assignment")
  /// `(agent, shift, column)` of every `take` column.
  var takes: [(agent: Int, shift: Int, column: Int)] = []
  /// The stage-1 shift each take column fills (its `shift` may be another length at the same start).
  var fills: [Int] = []
  /// Per paid hour a shift is worked longer than stage 1 asked (cost, not a rule: lighter than
  /// leaving hours unfilled).
  static let extraWeight = 1.0
  var unfilledColumn: [Int: Int] = [:]
  var shortColumn: [Int: Int] = [:]

  /// `otherLengths`: whether a wanted shift may be worked at another length of its start.
  init(
    problem: SchedulingProblem, catalog: ShiftCatalog, members: [Int], counts: [Int],
    minHours: [Double], otherLengths: Bool = true, weight: (Int) -> Double = { _ in 1 }, canWork: (Int, Int) -> Bool
  ) {
    let hours = problem.hoursPerInterval
    let wanted = counts.indices.filter { counts[$0] > 0 }
    let paid = { (s: Int) in Double(catalog.shifts[s].paidIntervals) * hours }
    for s in wanted {
      unfilledColumn[s] = model.addVariable(
        .init(name: "unfilled[\(s)]", lower: 0, upper: Double(counts[s]), objective: Self.unfilledWeight * paid(s) * weight(s)))
    }
    var fill = Dictionary(uniqueKeysWithValues: wanted.map { ($0, [(column: Int, coefficient: Double)]()) })
    // The shifts that may fill each wanted one, once for every member.
    let options = wanted.map { s in
      let wantedShift = catalog.shifts[s]
      return otherLengths
        ? catalog.shiftsOfDay[wantedShift.day].filter {
          catalog.shifts[$0].start == wantedShift.start && catalog.shifts[$0].template == wantedShift.template
        } : [s]
    }
    for a in members {
      var mine: [(shift: Int, column: Int)] = []
      for (w, s) in wanted.enumerated() {
        for v in options[w] where canWork(a, v) {
          let lost = max(0, paid(s) - paid(v)), extra = max(0, paid(v) - paid(s))
          let column = model.addVariable(
            .init(name: "take[\(problem.agents[a].id),\(s),\(v)]", lower: 0, upper: 1, kind: .integer,
              objective: Self.unfilledWeight * lost * weight(s) + Self.extraWeight * extra))
          mine.append((v, column))
          takes.append((a, v, column))
          fills.append(s)
          fill[s]!.append((column, 1))
        }
      }
      addRows(problem, catalog, agent: a, columns: mine, minHours: minHours[a], paid: paid)
    }
    for s in wanted {
      model.addConstraint(
        .init(name: "fill[\(s)]", bounds: .equal(Double(counts[s])), terms: fill[s]! + [(unfilledColumn[s]!, 1)]))
    }
  }

  private mutating func addRows(
    _ problem: SchedulingProblem, _ catalog: ShiftCatalog, agent a: Int, columns list: [(shift: Int, column: Int)],
    minHours: Double, paid: (Int) -> Double
  ) {
    let agent = problem.agents[a]
    let id = agent.id
    // Several columns may work the same shift (for different wanted shifts): index them apart.
    let byDay = (0..<problem.dayCount).map { d in list.indices.filter { catalog.shifts[list[$0].shift].day == d } }
    let columns = list.map(\.column)
    for (d, shifts) in byDay.enumerated() where shifts.count > 1 {
      model.addConstraint(.init(name: "oneShift[\(id),\(d)]", bounds: .atMost(1), terms: shifts.map { (columns[$0], 1) }))
    }
    let all = byDay.joined().map { (column: columns[$0], shift: list[$0].shift) }
    guard !all.isEmpty else { return }
    model.addConstraint(
      .init(name: "maxHours[\(id)]", bounds: .atMost(agent.maxHours), terms: all.map { ($0.column, paid($0.shift)) }))
    if minHours > 0 {
      let short = model.addVariable(.init(name: "short[\(id)]", lower: 0, objective: Self.shortWeight))
      shortColumn[a] = short
      model.addConstraint(
        .init(
          name: "minHours[\(id)]", bounds: .atLeast(minHours),
          terms: all.map { ($0.column, paid($0.shift)) } + [(short, 1)]))
    }
    if agent.maxDays < problem.dayCount {
      model.addConstraint(.init(name: "days[\(id)]", bounds: .atMost(Double(agent.maxDays)), terms: all.map { ($0.column, 1) }))
    }
    addRest(problem, catalog, id: id, list: list, byDay: byDay)
    let K = problem.rules.maxConsecutiveDays
    if K < problem.dayCount {
      for first in 0..<(problem.dayCount - K) {
        let window = (first...(first + K)).flatMap { byDay[$0] }
        model.addConstraint(
          .init(name: "consecutive[\(id),\(first)]", bounds: .atMost(Double(K)), terms: window.map { (columns[$0], 1) }))
      }
    }
  }

  /// Clique rows (`ShiftCatalog.restCliques`) over pairs of days whose shifts can be closer than
  /// the minimum rest.
  private mutating func addRest(
    _ problem: SchedulingProblem, _ catalog: ShiftCatalog, id: String, list: [(shift: Int, column: Int)], byDay positions: [[Int]]
  ) {
    // Cliques over shifts; a shift with several columns puts all of them in the row.
    var columnsOf: [Int: [Int]] = [:]
    for entry in list { columnsOf[entry.shift, default: []].append(entry.column) }
    let byDay = positions.map { Array(Set($0.map { list[$0].shift })).sorted() }
    // With no minimum rest the rows still forbid shifts of different days that overlap (a
    // 22:00-08:00 shift and a 06:00 one the next day), as `canTake` does.
    let rest = max(0, problem.rules.minRest)
    for d in byDay.indices {
      for later in (d + 1)..<byDay.count {
        for clique in catalog.restCliques(first: byDay[d], second: byDay[later], rest: rest) {
          model.addConstraint(
            .init(
              name: "rest[\(id),\(d),\(later),\(clique.end)]", bounds: .atMost(1),
              terms: clique.shifts.flatMap { s in columnsOf[s]!.map { ($0, 1.0) } }))
        }
      }
    }
  }

  /// The model's values for an assignment (`shiftOf[a][d]` for the class's members).
  func values(for shiftOf: [[Int?]], catalog: ShiftCatalog, counts: [Int], hours: [Double], minHours: [Double]) -> [Double] {
    var values = Array(repeating: 0.0, count: model.variables.count)
    var given = Array(repeating: 0, count: counts.count)
    for (i, take) in takes.enumerated() where fills[i] == take.shift && shiftOf[take.agent][catalog.shifts[take.shift].day] == take.shift {
      guard given[take.shift] < counts[take.shift] else { continue }
      values[take.column] = 1
      given[take.shift] += 1
    }
    for (s, column) in unfilledColumn { values[column] = Double(max(0, counts[s] - given[s])) }
    for (a, column) in shortColumn { values[column] = max(0, minHours[a] - hours[a]) }
    return values
  }
}
