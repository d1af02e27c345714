import Forecast

/// Builds the week's roster: shift counts with GLPK, named agents, breaks, channel split.
///
/// Goals, in priority order: (1) a roster that breaks no hard rule, whatever the input (rules
/// that cannot hold are named and relaxed, uncovered demand is reported per channel and
/// interval); (2) an honest lower bound, so the gap says how far from optimal it can be;
/// (3) the benchmark times on two cores. FORMULATION.md beside this file gives the model.
///
/// ```swift
/// let result = try WeeklyScheduler(timeLimit: .seconds(60), relativeGap: 0.01).schedule(problem)
/// print(result.report.objective, result.report.lowerBound, result.report.gap)
/// ```
public struct WeeklyScheduler: Sendable {
  /// The wall-clock budget for the whole schedule.
  public var timeLimit: Duration
  /// Stop improving once the gap to the lower bound is at most this fraction.
  public var relativeGap: Double
  /// Solve stage 1 as one MIP over all shift counts when it has at most this many integer columns;
  /// larger models round the LP inside a small MIP around its solution.
  public var exactMIPColumnLimit: Int

  /// Shift counts whose relaxed value is at most this are fixed at zero in the restricted MIP.
  ///
  /// An interior-point optimum spreads tiny positive values over many columns a vertex would set
  /// to zero; letting each of them be 0 or 1 makes the neighbourhood too wide to search in time.
  public var neighbourhoodFloor: Double = 0.1

  /// Relaxations with more columns use the simplex method, which stops at the time limit
  /// (GLPK's interior point cannot be stopped; the demo week's 27,000 columns take about 7 s).
  public var interiorPointColumnLimit = 60_000

  /// Solve the relaxation by interior point (faster on large weeks; see ``GLPKSolver/interiorPoint``).
  public var interiorPoint: Bool = true

  /// A week whose relaxation has more columns than this is solved coarser (`CoarseWeek`): the
  /// demo's 27,000 take GLPK's interior point about 7 s; at 127,000 neither method ended in 5
  /// minutes.
  public var relaxationColumnBudget = 60_000

  /// The relaxation runs past the time limit up to this long: its bound and shift counts are what
  /// every later stage stands on. `stopReason` says when it overran.
  public var relaxationLimit: Duration = .seconds(600)

  /// The exact MIP's time from which half of it goes to a search started from the rounded
  /// relaxation when the first half has not settled.
  static let warmStartBudget: Duration = .seconds(8)

  /// Tests: act as if the relaxation had not ended (a week that large takes minutes to build).
  var relaxationNeverEnds = false

  /// The share of the time limit a relaxation may take and still be solved again with the
  /// member-subset rows it broke.
  var relaxationShare = 0.25
  /// A relaxation this short is solved again whatever the time limit (random plans with a 2 s
  /// limit: median gap 0.28 % with the second solve, 0.72 % without).
  var cheapRelaxation: Duration = .seconds(5)

  public init(timeLimit: Duration = .seconds(60), relativeGap: Double = 0.01, exactMIPColumnLimit: Int = 1000) {
    self.timeLimit = timeLimit
    self.relativeGap = relativeGap
    self.exactMIPColumnLimit = exactMIPColumnLimit
  }

  /// Schedules `problem`; `progress` is called on this thread between and during stages.
  public func schedule(
    _ problem: SchedulingProblem, progress: ((ScheduleProgress) -> Void)? = nil
  ) throws(SchedulingError) -> ScheduleResult {
    var problem = problem
    let clock = ContinuousClock()
    let start = clock.now
    let remaining = { () -> Duration in max(.milliseconds(200), timeLimit - (clock.now - start)) }
    let report = { (stage: String, incumbent: Double?, bound: Double?) in
      let gap = incumbent.flatMap { i in bound.map { abs(i - $0) / max(abs(i), 1e-9) } }
      progress?(ScheduleProgress(stage: stage, incumbent: incumbent, bound: bound, gap: gap, elapsed: clock.now - start))
    }
    try problem.checkShape()
    // A week whose relaxation could not end in time is made coarser (`CoarseWeek`).
    let week = CoarseWeek.fitted(problem, budget: relaxationColumnBudget)
    problem = week.problem
    let catalog = week.catalog
    let (conflicts, minHours) = (week.conflicts, week.minHours)
    var classes = week.classes

    // Stage 1a: the LP relaxation, the lower bound.
    report("relaxation", nil, nil)
    // Deferred promise rows only on weeks solved as one exact MIP: on larger weeks their
    // conservative count (FORMULATION.md, "Deferred promises") drives the heuristic stages to
    // over-serve e-mail (a 26-agent holiday week: voice 79.3 -> 75.4 %, gap 7.5 -> 27 %).
    let exactMIP = ShiftCountModel.shiftColumnCount(classes) <= exactMIPColumnLimit
    if !exactMIP {
      for c in problem.channels.indices { problem.channels[c].deferredPromise = nil }
    }
    // Member-subset rows (availability) only for classes whose relaxation breaks them: on the
    // demo they bind nowhere and made its interior point 6 s slower; on a planner's week they
    // took the gap from 5.1 % to 0.5 %.
    let allSubsets = classes.map(\.subsets)
    if !exactMIP { for g in classes.indices { classes[g].subsets = [] } }
    // The relaxation always runs to its end (at most `relaxationLimit`): without it there is no
    // bound and no shift counts, only a roster of minimum hours, which nobody could publish.
    let lpStarted = clock.now
    var (relaxed, lp) = try relaxation(problem, catalog, classes, remaining: remaining())
    // Classes whose member-subset rows only the restricted MIP sees (their LP counts break them).
    var subsetsAfterLP = Set<Int>()
    var subsetNote = ""
    if !exactMIP {
      for g in classes.indices {
        let count = { (s: Int) in relaxed.shiftColumn[g][s].map { lp.values.indices.contains($0) ? lp.values[$0] : 0 } ?? 0 }
        if allSubsets[g].contains(where: {
          $0.isBroken(by: count, catalog: catalog, availableOnDay: classes[g].availableOnDay, hoursPerInterval: problem.hoursPerInterval)
        }) {
          classes[g].subsets = allSubsets[g]
          subsetsAfterLP.insert(g)
        }
      }
      // Solved again with the rows only while it is cheap: a planner's 24/7 week took 41 s for
      // the first relaxation and 45 s for the second, on a 60 s limit; its bound rose 0.7 %.
      let firstTime = clock.now - lpStarted
      if !subsetsAfterLP.isEmpty && firstTime <= max(timeLimit * relaxationShare, cheapRelaxation) {
        (relaxed, lp) = try relaxation(problem, catalog, classes, remaining: remaining())
        subsetsAfterLP = []
      } else if !subsetsAfterLP.isEmpty {
        subsetNote = "; availability rows of \(subsetsAfterLP.count) agent classes left to the MIP (the relaxation took \((firstTime.inSeconds * 10).rounded() / 10) s: a second would not fit the time limit)"
      }
    }
    let lpTime = clock.now - lpStarted
    let overrun =
      lpTime > timeLimit
      ? "; the LP relaxation alone took \((lpTime.inSeconds * 10).rounded() / 10) s, past the time limit" : ""
    var lowerBound = lp.outcome == .optimal ? (lp.bestBound ?? lp.objective ?? 0) : 0
    report("relaxation", nil, lowerBound)

    // Stage 1b: integer shift counts.
    var stageOne = (model: relaxed, values: lp.values)
    var stageOneNote = lp.outcome == .optimal ? "shift counts from the LP relaxation" : "the LP relaxation did not finish"
    if exactMIP {
      let exact = ShiftCountModel(problem: problem, catalog: catalog, classes: classes, integer: true)
      // Half the MIP's time with GLPK's presolver; if that ends without whole counts within twice
      // the gap asked, the other half starts from the best point known: its incumbent or the
      // relaxation rounded (`roundedStart`), presolver off. A planner's 30-agent week found no
      // incumbent in 10 s and stopped 9.1 % from the bound (13.7 % written); started, 4.0 % at 5 s.
      // Under `warmStartBudget` the presolved search keeps all the time (80 random plans at 2 s:
      // median gap 2.95 % with it, 3.59 % split in halves).
      let budget = remaining() * 0.7
      let mipStarted = clock.now
      let split = budget >= Self.warmStartBudget
      let progress = { (p: SolverProgress) in report("shift counts", p.incumbent, max(lowerBound, p.bestBound ?? 0)) }
      var mip = try Self.solve(
        exact.model, GLPKSolver(timeLimit: split ? budget * 0.5 : budget, relativeGap: Percentage(fraction: relativeGap)),
        progress: progress)
      let settled = mip.outcome == .optimal || (mip.outcome.hasSolution && (mip.gap?.fraction ?? 1) <= 2 * relativeGap)
      if split, !settled,
        let rounded = try? exact.roundedStart(relaxation: lp.values, relaxed: relaxed, timeLimit: budget * 0.2)
      {
        let objective = { (values: [Double]) in exact.model.objectiveValue(values) }
        let start = mip.outcome.hasSolution && objective(mip.values) < objective(rounded) ? mip.values : rounded
        var solver = GLPKSolver(
          timeLimit: max(.milliseconds(200), budget - (clock.now - mipStarted)), relativeGap: Percentage(fraction: relativeGap))
        solver.start = start
        // A second search that fails or ends without a better point keeps what is known: the first
        // search's incumbent or the start itself (a feasible whole-count point).
        let warm = try? Self.solve(exact.model, solver, progress: progress)
        let bound = [mip.bestBound, warm?.bestBound].compactMap { $0 }.max()
        if let warm, warm.outcome.hasSolution, objective(warm.values) <= objective(start) + 1e-9 {
          mip = warm
        } else if !mip.outcome.hasSolution || objective(start) < objective(mip.values) {
          mip = Solution(
            outcome: .timeLimit(hasSolution: true), objective: objective(start), bestBound: bound,
            gap: Solution.relativeGap(objective: objective(start), bound: bound), elapsed: .zero, values: start, duals: [])
        }
        mip.bestBound = bound
      }
      if mip.outcome.hasSolution {
        stageOne = (exact, mip.values)
        stageOneNote = "shift counts by GLPK's MIP, \(Self.phrase(mip.outcome))"
      }
      if let bound = mip.bestBound, mip.outcome.hasSolution { lowerBound = max(lowerBound, bound) }
    } else if !lp.values.isEmpty {
      let bounds = relaxed.shiftColumn.enumerated().map { g, columns in
        columns.map { column -> ClosedRange<Double>? in
          guard let column, lp.values[column] > neighbourhoodFloor else { return 0...0 }
          let value = lp.values[column]
          // Counts the LP set above what the class's availability rows allow may go to zero.
          let lower = subsetsAfterLP.contains(g) ? 0 : (value - 1e-6).rounded(.down)
          return lower...(value + 1e-6).rounded(.up)
        }
      }
      let near = ShiftCountModel(problem: problem, catalog: catalog, classes: classes, integer: true, shiftBounds: bounds)
      // Half of what is left once the relaxation's own time is set aside for stage 2, and at
      // least a quarter of what is left (a relaxation past half the limit left it 0.2 s).
      let budget = max(.milliseconds(200), (remaining() - lpTime) * 0.5, remaining() * 0.25)
      let solver = GLPKSolver(timeLimit: budget, relativeGap: Percentage(fraction: relativeGap / 2))
      let mip = try Self.solve(near.model, solver) { p in report("shift counts", p.incumbent, lowerBound) }
      if mip.outcome.hasSolution {
        stageOne = (near, mip.values)
        stageOneNote = "shift counts by a MIP around the LP optimum, \(Self.phrase(mip.outcome))"
      } else {
        // GLPK found no whole counts in time (the demo's week of 8 classes and 1,000 shifts):
        // counts rounded from the LP, repaired to keep the rows on counts and moved to where the
        // LP had agents at work (`CountRepair`). Breaks and the agents each interval needs come
        // from the LP: an LP completing stage 1 with the counts fixed took 5 of the demo's 30 s
        // and gave the same roster (objective 42,338.1 against 42,337.5).
        let repaired = CountRepair.counts(
          relaxed: relaxed.shiftColumn.map { $0.map { column in column.map { lp.values[$0] } ?? 0 } },
          classes: classes, catalog: catalog, hoursPerInterval: problem.hoursPerInterval,
          intervalCount: problem.intervalCount)
        for (g, columns) in relaxed.shiftColumn.enumerated() {
          for (s, column) in columns.enumerated() { if let column { stageOne.values[column] = Double(repaired[g][s]) } }
        }
        stageOneNote =
          "shift counts rounded from the LP and repaired: the restricted MIP found none in its \((budget.inSeconds * 10).rounded() / 10) s"
        // Rounded from the relaxation that broke them, the counts may ask more of those
        // classes' available members than they can work: stage 2 leaves such shifts unfilled.
        if !subsetsAfterLP.isEmpty { subsetNote += ", so the rounded counts do not keep them" }
      }
      // Rounded counts with the LP's other columns are no stage-1 point: an incumbent only from the MIP.
      report("shift counts", mip.outcome.hasSolution ? stageOne.model.model.objectiveValue(stageOne.values) : nil, lowerBound)
    }
    if relaxationNeverEnds { (stageOne.values, lowerBound) = ([], 0) }
    let noCounts = stageOne.values.count != stageOne.model.model.variables.count
    if noCounts {
      // No solution at all (the LP did not end within `relaxationLimit`): stage 2 meets minimum
      // hours, then stage 2d gives shifts where the requirement is still uncovered.
      stageOneNote =
        "no shift counts: the LP relaxation gave no solution (it ran \(Int(lpTime.inSeconds.rounded())) s); shifts were "
        + "given one by one where the requirement was uncovered, and there is no lower bound"
      stageOne.values = Array(repeating: 0, count: stageOne.model.model.variables.count)
    }
    let counts = stageOne.model.shiftColumn.map { columns in
      Self.cumulativeRounding(columns.map { column in column.map { stageOne.values[$0] } ?? 0 })
    }

    // Stage 2: named agents.
    report("named assignment", nil, lowerBound)
    var assignment = NamedAssignment(problem: problem, catalog: catalog, minHours: minHours)
    assignment.setNeed(noCounts ? Self.requirement(problem) : Self.need(problem, stageOne.model, stageOne.values))
    let need = assignment.need
    // Most of what is left; the channel split LP after it is fast.
    assignment.assign(classes: classes, counts: counts, deadline: clock.now + remaining() * 0.8) { stage in
      report(stage, nil, lowerBound)
    }
    assignment.polish(classes, until: clock.now + remaining() * 0.5)

    // Stage 3: breaks, then the channel split.
    report("breaks", nil, lowerBound)
    var classOf = Array(repeating: 0, count: problem.agents.count)
    for (g, agentClass) in classes.enumerated() { for a in agentClass.members { classOf[a] = g } }
    let breakValues = stageOne.model.breakColumns.map { $0.map { $0.map { stageOne.values[$0] } } }
    let stageOneText = stageOneNote + subsetNote + overrun + (week.note.map { "; " + $0 } ?? "")
    let finish = { (assignment: NamedAssignment) throws(SchedulingError) -> ScheduleResult in
      let placement = BreakPlacement(
        problem: problem, catalog: catalog, shiftOf: assignment.shiftOf, classOf: classOf,
        stageOneBreaks: breakValues, need: need)
      report("channel split", nil, lowerBound)
      return try RosterBuilder(
        problem: problem, catalog: catalog, assignment: assignment, breaks: placement.starts,
        conflicts: conflicts, classes: classes, stageOne: stageOneText, lowerBound: lowerBound,
        relativeGap: relativeGap, started: start, timeLimit: timeLimit
      ).result()
    }
    let finishStarted = clock.now
    var result = try finish(assignment)
    var kept = assignment
    let finishTime = clock.now - finishStarted
    // Stage 2d: agents with room left cover what is still uncovered; kept only if it pays, and
    // tried only while the time left holds another finish (the demo's took 3 s past its 30 s).
    // Without shift counts it is the only way to cover demand, so it runs whatever the time.
    if noCounts || (result.report.gap > relativeGap && timeLimit - (clock.now - start) > finishTime) {
      var filled = assignment
      let deadline = clock.now + (noCounts ? max(timeLimit * 0.5, .seconds(10)) : remaining() * 0.3)
      let added = filled.fillUncovered(need: need, until: deadline)
      if added > 0 {
        var other = try finish(filled)
        if other.report.objective < result.report.objective - 1e-6 {
          other.report.filledShifts = added
          result = other
          kept = filled
        }
      }
    }
    // Stage 2e: one shift added or made longer where the channel split's duals say an agent is
    // worth more than its pay, split again, kept while the objective falls and a finish fits the
    // time left. A planner's 18 agents: voice 79.7 % against 80/20 with contract hours unused.
    if !noCounts, result.report.gap > relativeGap {
      while timeLimit - (clock.now - start) > finishTime * 2 {
        var moved = kept
        guard moved.fillUncovered(need: need, worth: result.worth, moves: 1, until: clock.now + finishTime) > 0 else { break }
        var other = try finish(moved)
        guard other.report.objective < result.report.objective - 1e-6 else { break }
        other.report.filledShifts = result.report.filledShifts + 1
        result = other
        kept = moved
      }
    }
    result.report.seconds = (clock.now - start).inSeconds
    result.relaxationSeconds = lpTime.inSeconds
    return result
  }

  /// The stage-1 LP relaxation: interior point where it is known to end well inside a time limit
  /// (it has none), otherwise the simplex method.
  func relaxation(
    _ problem: SchedulingProblem, _ catalog: ShiftCatalog, _ classes: [AgentClass], remaining: Duration
  ) throws(SchedulingError) -> (model: ShiftCountModel, solution: Solution) {
    let relaxed = ShiftCountModel(problem: problem, catalog: catalog, classes: classes, integer: false)
    let interior = interiorPoint && relaxed.model.variables.count <= interiorPointColumnLimit
    let solver = GLPKSolver(timeLimit: max(remaining, relaxationLimit), relaxationOnly: true, interiorPoint: interior)
    return (relaxed, try Self.solve(relaxed.model, solver))
  }

  /// Writes the stage-1 model (integer shift counts) as CPLEX LP or free MPS, by extension.
  public func writeModel(_ problem: SchedulingProblem, to path: String) throws(SchedulingError) {
    try problem.checkShape()
    let week = CoarseWeek.fitted(problem, budget: relaxationColumnBudget)
    let model = ShiftCountModel(problem: week.problem, catalog: week.catalog, classes: week.classes, integer: true)
    do { try model.model.write(to: path) } catch { throw .solverFailed("writing \(path): \(error)") }
  }

  /// Whole shift counts from relaxed ones, keeping their running total: walking the catalog in order
  /// (day, start, length), a shift is taken whenever the carried fraction reaches one half.
  ///
  /// Plain rounding turns three neighbouring starts at 0.4 each (an interior-point optimum spreads
  /// values like this) into no shift at all; carrying the remainder gives one, near the middle.
  /// Integral values are returned unchanged.
  static func cumulativeRounding(_ values: [Double]) -> [Int] {
    var carry = 0.0
    return values.map { value in
      let whole = (value + 1e-6).rounded(.down)
      carry += value - whole
      var count = Int(whole)
      if carry >= 0.5 {
        count += 1
        carry -= 1
      }
      return count
    }
  }

  /// Per channel and interval, the agents at work stage 1 needs: requirement plus deferred work served; for a
  /// channel scheduled to its promise, the agents stage 1 put there (its choice above the floor),
  /// and never fewer than the floor.
  ///
  /// Below the floor stage 1 prices each missing agent alike, so when a week is short it may leave
  /// one interval almost empty rather than several a little short (a planner's short week: 22
  /// agents' breaks at Thursday 12:00, 1 agent on voice for 18.8 required, the intervals around
  /// at 15-17). Counted against the floor, such an interval is short, and break placement and
  /// stage 2d spread the shortage.
  static func need(_ problem: SchedulingProblem, _ model: ShiftCountModel, _ values: [Double]) -> [[Double]] {
    let floors = problem.staffingTargets()
    return problem.channels.enumerated().map { c, channel in
      (0..<problem.intervalCount).map { t in
        guard channel.isOpen(t) else { return 0 }
        if case .immediate(let required) = channel.demand, channel.promise == nil { return required[t] }
        let served = model.classes.indices.reduce(0.0) { $0 + (model.serveColumn[$1][c][t].map { values[$0] } ?? 0) }
        return max(served, floors[c]?[t] ?? 0)
      }
    }
  }

  /// Per channel and interval, the agents the channels ask for without stage 1: each immediate
  /// channel's requirement and each deferred channel's work as it arrives.
  static func requirement(_ problem: SchedulingProblem) -> [[Double]] {
    problem.channels.map { channel in
      (0..<problem.intervalCount).map { t in
        guard channel.isOpen(t) else { return 0 }
        switch channel.demand {
        case .immediate(let required): return required[t]
        case .deferred(let workload, _, _): return workload[t]
        }
      }
    }
  }

  /// How a MIP ended, as a phrase for the stop reason.
  static func phrase(_ outcome: Solution.Outcome) -> String {
    switch outcome {
    case .optimal: return "proven optimal"
    case .feasible(let gap): return "within its gap (\((gap.fraction * 10_000).rounded() / 100) %)"
    case .timeLimit: return "stopped at the share of the time limit it was given"
    case .infeasible: return "infeasible"
    case .unbounded: return "unbounded"
    }
  }

  static func solve(
    _ model: LinearModel, _ solver: GLPKSolver, progress: ((SolverProgress) -> Void)? = nil
  ) throws(SchedulingError) -> Solution {
    do { return try solver.solve(model, progress: progress) } catch {
      throw .solverFailed("\(error)")
    }
  }
}
