/// Stage 1: how many shifts of each kind each agent class works, and who serves which channel.
///
/// Goals, in priority order: (1) its LP relaxation is a valid lower bound for the named roster,
/// so the reported gap is honest; (2) it is small enough for GLPK on 400 agents; (3) every row
/// and column is named for what it means, so a written LP reads like FORMULATION.md.
///
/// Columns: `shift[class,start,length]` (integer counts), `break[class,start,k,at]` (continuous:
/// how many shifts of the class starting at `start` take break `k` at `at`, shared by all lengths
/// with the same window), `serve[class,channel,t]` (agent-intervals the class gives the channel),
/// `unmet[channel,t]`, and for deferred channels `served[channel,t]` (cumulative work served),
/// `late[channel,t]` (work past its window, still owed) and `carried[channel]` (see
/// `DeferredLateness`). Over-staffing needs no column: its penalty is carried by shift
/// costs (see FORMULATION.md). The rows are listed once, in `rules`.
struct ShiftCountModel {
  let problem: SchedulingProblem
  let catalog: ShiftCatalog
  let classes: [AgentClass]
  var model: LinearModel

  /// `shiftColumn[g][s]`: the column of shift `s` for class `g`, or `nil` when no member can work it.
  var shiftColumn: [[Int?]]

  /// The shift columns (integer in the MIP) of a model of `classes` without `shiftBounds`: one per
  /// class and shift some member can work, as `init` adds them.
  static func shiftColumnCount(_ classes: [AgentClass]) -> Int {
    classes.reduce(0) { $0 + $1.eligible.count { $0 > 0 } }
  }
  /// Relaxations with more shift columns than this leave out shift bounds their day rows imply.
  static let impliedBoundColumns = 1000
  /// `breakColumns[g][b][p]`: the column of break group `b` (`catalog.breakGroups`) at its `p`-th start.
  var breakColumns: [[[Int]]]
  /// `serveColumn[g][c][t]`: the column of class `g` serving channel `c` in interval `t`.
  var serveColumn: [[[Int?]]]
  /// `unmetColumns[c][t]`: unmet agents of immediate channels, the last agent apart (`CoverShortage`).
  var unmetColumns: [[[Int]]]
  /// `deferred[c]`: the columns of a deferred channel (served, late, carried), `nil` when immediate.
  var deferred: [DeferredLateness?]
  /// `promises[c]`: the columns of a line channel scheduled to its promise (answered, shortfall).
  var promises: [PromiseRows?]
  /// `shortHours[g]`, `shortDays[g]`: the class's minimum hours and days left unmet, priced so that
  /// stage 1 always has a solution (`nil` when the class has no minimum).
  var shortHoursColumn: [Int?]
  var shortDaysColumn: [Int?]

  /// The rule families, one function each: the table of contents of the model.
  static let rules: [@Sendable (inout ShiftCountModel) -> Void] = [
    { $0.coverDemand() },
    { $0.deferredWork() },
    { $0.keepPromise() },
    { $0.channelCapacity() },
    { $0.breaks() },
    { $0.oneShiftPerDay() },
    { $0.memberSubsets() },
    { $0.weeklyHours() },
    { $0.workingDays() },
    { $0.minimumRest() },
  ]

  /// Builds the model; `integer` makes shift counts integer, `shiftBounds` narrows them.
  init(
    problem: SchedulingProblem, catalog: ShiftCatalog, classes: [AgentClass], integer: Bool,
    shiftBounds: [[ClosedRange<Double>?]]? = nil
  ) {
    self.problem = problem
    self.catalog = catalog
    self.classes = classes
    model = LinearModel(name: "staffplan_week")
    let T = problem.intervalCount
    let C = problem.channels.count
    let hours = problem.hoursPerInterval
    let label = { (t: Int) in t < T ? problem.labels[t] : "next+\(t - T)" }
    shiftColumn = []
    breakColumns = []
    serveColumn = []
    unmetColumns = Array(repeating: Array(repeating: [], count: T), count: C)
    deferred = Array(repeating: nil, count: C)
    promises = Array(repeating: nil, count: C)
    shortHoursColumn = []
    shortDaysColumn = []
    let epsilon = problem.overstaffPenaltyPerHour * hours
    let dropsImpliedBounds = !integer && Self.shiftColumnCount(classes) > Self.impliedBoundColumns
    for (g, agentClass) in classes.enumerated() {
      let name = agentClass.name(in: problem)
      var columns: [Int?] = []
      for (s, shift) in catalog.shifts.enumerated() {
        let bound = shiftBounds?[g][s]
        // A member can work the shift only where one of the class's channels is open in it
        // (`agent(_:canWork:)`), so an eligible shift always serves something.
        guard agentClass.eligible[s] > 0, bound.map({ $0.upperBound > 0 }) ?? true else {
          columns.append(nil)
          continue
        }
        // Paid cost, plus the over-staffing penalty on every working interval inside the week,
        // plus the idle penalty on the time none of the class's channels is open (less the
        // breaks, which may fall there: the roster's idle time is never less).
        let breakLength = shift.breaks.reduce(0) { $0 + $1.length }
        let working = min(shift.end, T) - shift.start - breakLength
        let closed = (shift.start..<shift.end).count { !problem.anyOpen(agentClass.skills, $0) }
        // On large relaxations a bound the class's day row (`oneShiftPerDay`) already implies is
        // left out: each one is a row of GLPK's interior point (a planner's 24/7 week: 7,977 of
        // them, 2.8M -> 2.4M nonzeros in its factor, 20 % of its time). Small ones keep them:
        // without, a random plan's interior point ended "infeasible" and went to the simplex.
        let upper = min(Double(agentClass.eligible[s]), bound?.upperBound ?? .infinity)
        let implied = dropsImpliedBounds && bound == nil && agentClass.eligible[s] >= agentClass.availableOnDay[shift.day]
        let column = model.addVariable(
          .init(
            name: "shift[\(name),\(label(shift.start)),\((Double(shift.length) * hours).formatted)h]",
            lower: bound?.lowerBound ?? 0,
            upper: implied ? nil : upper,
            kind: integer ? .integer : .continuous,
            objective: agentClass.costPerHour * Double(shift.paidIntervals) * hours
              + epsilon * Double(max(0, working))
              + problem.idlePenaltyPerHour * hours * Double(max(0, closed - breakLength)),
            impliedUpper: upper))
        columns.append(column)
      }
      shiftColumn.append(columns)
      breakColumns.append(
        catalog.breakGroups.map { group in
          guard group.shifts.contains(where: { columns[$0] != nil }) else { return [] }
          return group.starts.map { at in
            model.addVariable(
              .init(name: "break[\(name),\(label(group.shiftStart)),\(group.rule),\(label(at))]"))
          }
        })
      var serve = Array(repeating: [Int?](repeating: nil, count: T), count: C)
      for c in agentClass.skills {
        // Deferred work served is not over-staffing: it takes back the penalty its time carried.
        let objective = problem.channels[c].isDeferred ? -epsilon : 0
        for t in 0..<T where problem.channels[c].isOpen(t) {
          serve[c][t] = model.addVariable(
            .init(name: "serve[\(name),\(problem.channels[c].id),\(label(t))]", objective: objective))
        }
      }
      serveColumn.append(serve)
      let penalty = problem.minimumShortfallPenalty(catalog: catalog)
      shortHoursColumn.append(
        agentClass.minHours > 0
          ? model.addVariable(.init(name: "shortHours[\(name)]", objective: penalty.perHour)) : nil)
      shortDaysColumn.append(
        agentClass.minDays > 0
          ? model.addVariable(.init(name: "shortDays[\(name)]", objective: penalty.perDay)) : nil)
    }
    let targets = problem.staffingTargets()
    for (c, channel) in problem.channels.enumerated() {
      let penalty = channel.unmetPenaltyPerHour * hours
      switch channel.demand {
      case .immediate:
        let required = targets[c]!
        for t in 0..<T where channel.isOpen(t) && required[t] > 0 {
          // Unmet demand is also time nobody works: it takes back the over-staffing credit.
          unmetColumns[c][t] = CoverShortage.addColumns(
            to: &model, channel: channel.id, label: label(t), target: required[t], penalty: penalty, epsilon: epsilon)
          model.objectiveConstant -= epsilon * required[t]
        }
        promises[c] = PromiseRows(channel, hours: hours)
        promises[c]?.addColumns(to: &model, label: label)
      case .deferred:
        var lateness = DeferredLateness(channel, intervalCount: T, hours: hours)!
        lateness.addColumns(to: &model, label: label)
        deferred[c] = lateness
      }
    }
    for rule in Self.rules { rule(&self) }
  }
}
