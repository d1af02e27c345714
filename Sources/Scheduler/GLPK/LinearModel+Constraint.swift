extension LinearModel {
  /// One row of the model: a name, bounds on its activity, and sparse terms.
  ///
  /// The activity of a row is the sum of `coefficient * variables[column]` over its terms.
  public struct Constraint: Sendable, Equatable {
    /// The bounds on a row's activity.
    public enum Bounds: Sendable, Equatable {
      /// activity >= value
      case atLeast(Double)
      /// activity <= value
      case atMost(Double)
      /// activity == value
      case equal(Double)
      /// lower <= activity <= upper
      case range(Double, Double)
      /// no bound: the row only records its activity
      case free
    }

    /// One nonzero of the row: a column index into `LinearModel.variables` and its coefficient.
    public struct Term: Sendable, Equatable {
      public var column: Int
      public var coefficient: Double

      public init(column: Int, coefficient: Double) {
        self.column = column
        self.coefficient = coefficient
      }
    }

    /// The row's name, written to LP and MPS files after `LPNames` made it valid.
    public var name: String
    /// The bounds on the row's activity.
    public var bounds: Bounds
    /// The nonzeros, each column at most once; zero coefficients are dropped when loaded.
    public var terms: [Term]

    public init(name: String, bounds: Bounds, terms: [Term]) {
      self.name = name
      self.bounds = bounds
      self.terms = terms
    }

    /// A row from `(column, coefficient)` pairs.
    public init(name: String, bounds: Bounds, terms: [(column: Int, coefficient: Double)]) {
      self.init(
        name: name, bounds: bounds,
        terms: terms.map { Term(column: $0.column, coefficient: $0.coefficient) })
    }
  }
}
