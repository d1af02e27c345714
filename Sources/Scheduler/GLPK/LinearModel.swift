/// A linear or mixed-integer program as a plain value: columns, rows and an objective.
///
/// The model knows nothing of GLPK: it is built by the scheduling model, checked by `validate()`,
/// and handed to `GLPKSolver.solve(_:progress:)` or `write(to:)`, which create, use and delete
/// the GLPK problem inside one synchronous call. Indices are 0-based everywhere in Swift; the
/// 1-based arrays of GLPK are built in one place (`GLPKProblem`).
///
/// ```swift
/// var model = LinearModel(name: "toy", sense: .maximize)
/// let x = model.addVariable(.init(name: "x", lower: 0, objective: 3))
/// let y = model.addVariable(.init(name: "y", lower: 0, objective: 2))
/// model.addConstraint(.init(name: "capacity", bounds: .atMost(4), terms: [(x, 1), (y, 1)]))
/// let solution = try GLPKSolver().solve(model)   // x = 4, y = 0, objective 12
/// ```
public struct LinearModel: Sendable, Equatable {
  /// Whether the objective is minimized or maximized.
  public enum Sense: Sendable, Equatable {
    case minimize
    case maximize
  }

  /// A name for the model, written in the header of LP and MPS files.
  public var name: String
  /// Whether the objective is minimized or maximized.
  public var sense: Sense
  /// The columns, in order: column `j` of every constraint's terms is `variables[j]`.
  public var variables: [Variable]
  /// The rows, in order.
  public var constraints: [Constraint]
  /// A constant added to the objective.
  public var objectiveConstant: Double

  public init(
    name: String, sense: Sense = .minimize, variables: [Variable] = [],
    constraints: [Constraint] = [], objectiveConstant: Double = 0
  ) {
    self.name = name
    self.sense = sense
    self.variables = variables
    self.constraints = constraints
    self.objectiveConstant = objectiveConstant
  }

  /// Appends a variable and returns its column index.
  @discardableResult
  public mutating func addVariable(_ variable: Variable) -> Int {
    variables.append(variable)
    return variables.count - 1
  }

  /// Appends a constraint and returns its row index.
  @discardableResult
  public mutating func addConstraint(_ constraint: Constraint) -> Int {
    constraints.append(constraint)
    return constraints.count - 1
  }

  /// Whether any variable is integer or binary, so that solving runs branch-and-cut.
  public var hasIntegerVariables: Bool {
    variables.contains { $0.kind != .continuous }
  }
}

extension LinearModel {
  /// The objective at `values` (one per column), constant included.
  public func objectiveValue(_ values: [Double]) -> Double {
    zip(variables, values).reduce(objectiveConstant) { $0 + $1.0.objective * $1.1 }
  }
}
