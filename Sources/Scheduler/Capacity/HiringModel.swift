import Forecast

/// The hiring plan as a mixed-integer program (docs/capacity.md, "The model"), solved with GLPK.
///
/// Columns per week `w`: heads `n[w,k]` per tenure age, hires `h[w]` (integer, class weeks only),
/// `overtime[w]`, `shortfall[w]`, `surplus[w]`. Rows: the cohort recursion (one per week and age),
/// the balance `effective + overtime + shortfall - surplus = required`, and the overtime limit.
/// The objective is the week costs summed. About 52 x (K + 5) columns; solved by rounding the LP
/// relaxation when that is within the gap, else by branch-and-cut (``plan(assumptions:channels:workload:headcount:timeLimit:gap:writeModel:)``).
public struct HiringModel: Sendable {
  public let assumptions: CapacityAssumptions
  public let stages: TenureStages
  /// Required FTE per week (index 0 = week 1).
  public let required: [Double]
  /// FTE at the start, all tenured.
  public let headcount: Double

  public init(assumptions: CapacityAssumptions, required: [Double], headcount: Double) {
    self.assumptions = assumptions
    self.stages = TenureStages(assumptions)
    self.required = required
    self.headcount = headcount
  }

  /// Column indices of one week.
  struct WeekColumns {
    var heads: [Int]
    var hires: Int?
    var overtime: Int
    var shortfall: Int
    var surplus: Int
  }

  /// The model and each week's columns.
  func build() -> (model: LinearModel, weeks: [WeekColumns]) {
    var model = LinearModel(name: "hiring")
    let costs = assumptions.costs
    let last = stages.tenured
    var weeks: [WeekColumns] = []
    for week in 1...required.count {
      let heads = (0...last).map { age in
        model.addVariable(.init(name: "n_\(week)_\(age)", objective: costs.fteWeek))
      }
      let hires = assumptions.isClassWeek(week)
        ? model.addVariable(.init(
          name: "hires_\(week)", upper: Double(assumptions.hiring.classMax), kind: .integer,
          objective: costs.hire))
        : nil
      if let hires, assumptions.hiring.classMin > 1 {
        // A class runs with class_min to class_max hires, or not at all: class_min x runs <= hires <= class_max x runs.
        let runs = model.addVariable(.binary(name: "runs_\(week)"))
        model.addConstraint(.init(
          name: "class_min_\(week)", bounds: .atLeast(0),
          terms: [(hires, 1), (runs, -Double(assumptions.hiring.classMin))]))
        model.addConstraint(.init(
          name: "class_max_\(week)", bounds: .atMost(0),
          terms: [(hires, 1), (runs, -Double(assumptions.hiring.classMax))]))
      }
      let columns = WeekColumns(
        heads: heads, hires: hires,
        overtime: model.addVariable(.init(name: "overtime_\(week)", objective: costs.overtimeFteWeek)),
        shortfall: model.addVariable(.init(name: "shortfall_\(week)", objective: costs.shortfallFteWeek)),
        surplus: model.addVariable(.init(name: "surplus_\(week)")))
      addCohortRows(&model, week: week, columns: columns, previous: weeks.last)
      let effective = zip(heads, stages.productivity).map { ($0, $1) }
      model.addConstraint(.init(
        name: "balance_\(week)", bounds: .equal(required[week - 1]),
        terms: effective + [(columns.overtime, 1), (columns.shortfall, 1), (columns.surplus, -1)]))
      model.addConstraint(.init(
        name: "overtime_limit_\(week)", bounds: .atMost(0),
        terms: [(columns.overtime, 1)] + effective.map { ($0.0, -assumptions.overtimeMax.fraction * $0.1) }))
      weeks.append(columns)
    }
    return (model, weeks)
  }

  /// `n[w,0] = h[w]`; `n[w,k] = (1 - a_(k-1)) n[w-1,k-1]`; the tenured age keeps its survivors;
  /// week 1 starts with every agent tenured.
  private func addCohortRows(
    _ model: inout LinearModel, week: Int, columns: WeekColumns, previous: WeekColumns?
  ) {
    let last = stages.tenured
    for age in 0...last {
      var terms: [(Int, Double)] = [(columns.heads[age], 1)]
      var constant = 0.0
      if age == 0, let hires = columns.hires { terms.append((hires, -1)) }
      if let previous {
        if age > 0 { terms.append((previous.heads[age - 1], -(1 - stages.attrition[age - 1]))) }
        if age == last { terms.append((previous.heads[last], -(1 - stages.attrition[last]))) }
      } else if age == last {
        constant = headcount
      }
      model.addConstraint(.init(name: "heads_\(week)_\(age)", bounds: .equal(constant), terms: terms))
    }
  }
}
