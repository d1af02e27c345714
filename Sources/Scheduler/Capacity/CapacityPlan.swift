import Forecast

/// A solved hiring plan, week by week, recomputed from its hires by the cohort recursion so that
/// every figure follows from the hires and the assumptions alone (docs/capacity.md).
public struct CapacityPlan: Sendable {
  /// One week of capacity.csv.
  public struct Week: Sendable, Equatable {
    public var start: LocalDate
    public var requiredFTE: Double
    /// Required FTE per channel, in the workload's channel order.
    public var requiredByChannel: [Double]
    public var headcount: Double
    public var inTraining: Double
    public var effectiveFTE: Double
    /// Heads leaving during the week (paid for it).
    public var attrition: Double
    public var hires: Int
    public var overtimeFTE: Double
    public var shortfallFTE: Double
    public var surplusFTE: Double
    public var shrinkage: Double
    public var cost: Double
  }

  /// One hiring class of hiring_plan.csv.
  public struct HiringClass: Sendable, Equatable {
    public var classStart: LocalDate
    public var hires: Int
    /// The first week the class produces (end of training).
    public var productiveFrom: LocalDate
    /// The first week the class is fully productive (end of ramp).
    public var fullyProductiveFrom: LocalDate
  }

  public enum Status: String, Sendable {
    case optimal, gapReached, timeLimit
  }

  public var status: Status
  /// The best bound GLPK proved on the total cost.
  public var lowerBound: Double
  public var seconds: Double
  public var channels: [String]
  public var weeks: [Week]
  public var classes: [HiringClass]
  public var startingHeadcount: Double

  public var gap: Double { objective > 0 ? max(0, (objective - lowerBound) / objective) : 0 }
  public var hires: Int { classes.reduce(0) { $0 + $1.hires } }
  public var shortfallFTEWeeks: Double { weeks.reduce(0) { $0 + $1.shortfallFTE } }
  /// The total cost: the weeks' costs summed (the solver's objective for these hires).
  public var objective: Double { weeks.reduce(0) { $0 + $1.cost } }
}

extension HiringModel {
  /// The search stops within 0.01 % of the bound (HiGHS's default optimality tolerance): on 52
  /// weekly classes the last 0.003 % takes GLPK and HiGHS over a minute to close, for a couple of
  /// cost units in 85,000.
  public static let standardGap = Percentage(fraction: 0.0001)

  /// Solves the model with GLPK and returns the plan its hires give.
  ///
  /// `workload[w][c]` is the productive agent-hours of week `w`, channel `c`. Overtime and shortfall
  /// are recomputed per week from the hires (the cheaper of the two covers a deficit first, overtime
  /// within its limit), which is what the solver's optimum holds for those hires.
  public static func plan(
    assumptions: CapacityAssumptions, channels: [String], workload: [[Double]], headcount: Double,
    timeLimit: Duration = .seconds(60), gap: Percentage = HiringModel.standardGap, writeModel: String? = nil
  ) throws(SolverError) -> CapacityPlan {
    let byChannel = workload.enumerated().map { index, hours in
      hours.map { assumptions.requiredFTE(agentHours: $0, week: index + 1) }
    }
    let required = byChannel.map { $0.reduce(0, +) }
    let model = HiringModel(assumptions: assumptions, required: required, headcount: headcount)
    let (linear, columns) = model.build()
    if let writeModel { try linear.write(to: writeModel) }
    // The LP relaxation first: its hires rounded (up, or to the nearest) are often within the gap
    // of its bound, and then branch-and-cut has nothing to add.
    let started = ContinuousClock.now
    let relaxation = try GLPKSolver(relaxationOnly: true).solve(linear)
    if relaxation.outcome == .optimal, let bound = relaxation.objective {
      let rounded = [FloatingPointRoundingRule.up, .toNearestOrAwayFromZero].map { rule in
        model.plan(
          hires: columns.map { week in week.hires.map { (relaxation.values[$0] - 1e-6).rounded(rule) } ?? 0 },
          byChannel: byChannel, channels: channels, status: .gapReached, lowerBound: bound, seconds: 0)
      }
      let minimum = assumptions.hiring.classMin
      let allowed = rounded.filter { plan in plan.classes.allSatisfy { $0.hires >= minimum } }
      if var best = allowed.min(by: { $0.objective < $1.objective }), best.objective - bound <= gap.fraction * best.objective {
        best.seconds = (ContinuousClock.now - started).inSeconds
        if best.objective - bound <= 1e-9 * max(1, best.objective) { best.status = .optimal }
        return best
      }
    }
    let solution = try GLPKSolver(timeLimit: timeLimit, relativeGap: gap).solve(linear)
    guard solution.outcome.hasSolution, let objective = solution.objective else {
      throw SolverError.solverFailed(call: "glp_intopt", code: 0, message: "the hiring model returned no solution (\(solution.outcome))")
    }
    let hires = columns.map { week in week.hires.map { solution.values[$0].rounded() } ?? 0 }
    let status: CapacityPlan.Status =
      switch solution.outcome {
      case .optimal: .optimal
      case .feasible: .gapReached
      default: .timeLimit
      }
    return model.plan(
      hires: hires, byChannel: byChannel, channels: channels, status: status,
      lowerBound: min(solution.bestBound ?? objective, objective), seconds: solution.elapsed.inSeconds)
  }

  /// The weeks and classes that `hires` give.
  func plan(
    hires: [Double], byChannel: [[Double]], channels: [String], status: CapacityPlan.Status,
    lowerBound: Double, seconds: Double
  ) -> CapacityPlan {
    let projection = CohortProjection(stages: stages, headcount: headcount, hires: hires)
    let costs = assumptions.costs
    var weeks: [CapacityPlan.Week] = []
    for index in hires.indices {
      let effective = projection.effective(index)
      let deficit = max(0, required[index] - effective)
      let overtimeRoom = costs.overtimeFteWeek < costs.shortfallFteWeek
        ? assumptions.overtimeMax.fraction * effective : 0
      let overtime = min(deficit, overtimeRoom)
      let shortfall = deficit - overtime
      let headcount = projection.headcount(index)
      weeks.append(CapacityPlan.Week(
        start: assumptions.weekStart(index + 1), requiredFTE: required[index],
        requiredByChannel: byChannel[index], headcount: headcount,
        inTraining: projection.inTraining(index), effectiveFTE: effective,
        attrition: projection.attrition(index), hires: Int(hires[index]), overtimeFTE: overtime,
        shortfallFTE: shortfall, surplusFTE: max(0, effective - required[index]),
        shrinkage: assumptions.shrinkage(inWeek: index + 1),
        cost: costs.fteWeek * headcount + costs.hire * hires[index] + costs.overtimeFteWeek * overtime
          + costs.shortfallFteWeek * shortfall))
    }
    let classes = hires.indices.filter { hires[$0] > 0 }.map { index in
      CapacityPlan.HiringClass(
        classStart: assumptions.weekStart(index + 1), hires: Int(hires[index]),
        productiveFrom: assumptions.weekStart(index + 1 + stages.trainingWeeks),
        fullyProductiveFrom: assumptions.weekStart(index + 1 + stages.tenured))
    }
    return CapacityPlan(
      status: status, lowerBound: lowerBound, seconds: seconds,
      channels: channels, weeks: weeks, classes: classes, startingHeadcount: headcount)
  }
}
