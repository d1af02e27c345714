/// Tenure weeks `k = 0...K` of a hire (docs/capacity.md, "The model"): `T` weeks of training
/// (productivity 0), `R` weeks of ramp (the ramp's values), then tenured (productivity 1) in the
/// last age `K = T + R`, which holds every tenured agent. Each age has its weekly attrition.
public struct TenureStages: Sendable, Equatable {
  /// Productivity of each age, `rho_k`.
  public let productivity: [Double]
  /// Weekly attrition of each age, `a_k`.
  public let attrition: [Double]
  /// Weeks of training, `T`.
  public let trainingWeeks: Int

  public init(_ assumptions: CapacityAssumptions) {
    let hiring = assumptions.hiring
    let rates = assumptions.attrition
    trainingWeeks = hiring.trainingWeeks
    productivity = Array(repeating: 0, count: hiring.trainingWeeks) + hiring.ramp + [1]
    attrition =
      Array(repeating: rates.training.fraction, count: hiring.trainingWeeks)
      + Array(repeating: rates.ramp.fraction, count: hiring.ramp.count) + [rates.tenured.fraction]
  }

  /// The tenured age, `K`.
  public var tenured: Int { productivity.count - 1 }

  /// Ages in training, `0 ..< T`.
  public var training: Range<Int> { 0..<trainingWeeks }
}

/// Heads by tenure age week after week, from the starting head count and the hires of each week:
/// the recursion of docs/capacity.md, computed directly (the hiring model's rows state the same).
public struct CohortProjection: Sendable, Equatable {
  /// `heads[w][k]`: heads at the start of week `w + 1` in tenure age `k`.
  public let heads: [[Double]]
  public let stages: TenureStages

  public init(stages: TenureStages, headcount: Double, hires: [Double]) {
    self.stages = stages
    let last = stages.tenured
    var weeks: [[Double]] = []
    var current = [Double](repeating: 0, count: last + 1)
    for (week, hired) in hires.enumerated() {
      if week == 0 {
        current[last] = headcount
      } else {
        let previous = current
        current = [Double](repeating: 0, count: last + 1)
        for age in 0..<last { current[age + 1] += (1 - stages.attrition[age]) * previous[age] }
        current[last] += (1 - stages.attrition[last]) * previous[last]
      }
      current[0] += hired
      weeks.append(current)
    }
    heads = weeks
  }

  public func headcount(_ week: Int) -> Double { heads[week].reduce(0, +) }
  public func inTraining(_ week: Int) -> Double { stages.training.reduce(0) { $0 + heads[week][$1] } }
  public func effective(_ week: Int) -> Double {
    zip(heads[week], stages.productivity).reduce(0) { $0 + $1.0 * $1.1 }
  }
  public func attrition(_ week: Int) -> Double {
    zip(heads[week], stages.attrition).reduce(0) { $0 + $1.0 * $1.1 }
  }
}
