import Forecast
@testable import Scheduler

/// Small models with optima known by hand or by brute force.
enum GLPKTestModels {
  /// max 3x + 2y; x + y <= 4, x + 3y <= 7, x <= 3; x, y >= 0.
  /// By hand: optimum x = 3, y = 1, objective 11; rows 1 and 3 bind, so their duals solve
  /// y1 + y3 = 3 (column x) and y1 = 2 (column y): duals (2, 0, 1).
  static var toyLP: LinearModel {
    var model = LinearModel(name: "toy", sense: .maximize)
    let x = model.addVariable(.init(name: "x", lower: 0, objective: 3))
    let y = model.addVariable(.init(name: "y", lower: 0, objective: 2))
    model.addConstraint(.init(name: "capacity", bounds: .atMost(4), terms: [(x, 1), (y, 1)]))
    model.addConstraint(.init(name: "labour", bounds: .atMost(7), terms: [(x, 1), (y, 3)]))
    model.addConstraint(.init(name: "x cap", bounds: .atMost(3), terms: [(x, 1)]))
    return model
  }

  /// A 0/1 knapsack: maximize value with total weight at most `capacity`.
  static func knapsack(values: [Double], weights: [Double], capacity: Double) -> LinearModel {
    var model = LinearModel(name: "knapsack", sense: .maximize)
    for (index, value) in values.enumerated() {
      model.addVariable(.binary(name: "take[\(index)]", objective: value))
    }
    model.addConstraint(
      .init(
        name: "weight", bounds: .atMost(capacity),
        terms: weights.enumerated().map { (column: $0.offset, coefficient: $0.element) }))
    return model
  }

  /// A multi-dimensional knapsack with `items` binaries and `dimensions` rows, values correlated
  /// with weights and capacities at half the total weight: hard for branch-and-cut.
  static func hardKnapsack(items: Int = 200, dimensions: Int = 10, seed: UInt64 = 20_261_130)
    -> LinearModel
  {
    var random = Forecast.SplitMix64(seed: seed)
    var model = LinearModel(name: "mdkp", sense: .maximize)
    var weights = [[Double]](repeating: [], count: dimensions)
    for _ in 0..<items {
      var total = 0.0
      for d in 0..<dimensions {
        let w = Double(Int.random(in: 1...1000, using: &random))
        weights[d].append(w)
        total += w
      }
      let value = (total / Double(dimensions) + Double(Int.random(in: 0...500, using: &random)))
        .rounded()
      model.addVariable(.binary(name: "item[\(model.variables.count)]", objective: value))
    }
    for d in 0..<dimensions {
      let capacity = (weights[d].reduce(0, +) / 2).rounded()
      model.addConstraint(
        .init(
          name: "resource[\(d)]", bounds: .atMost(capacity),
          terms: weights[d].enumerated().map { (column: $0.offset, coefficient: $0.element) }))
    }
    return model
  }
}
