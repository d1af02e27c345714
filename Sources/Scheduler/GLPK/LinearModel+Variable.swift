extension LinearModel {
  /// One column of the model: a name, bounds, a kind and an objective coefficient.
  ///
  /// `nil` bounds mean unbounded on that side. A binary variable has bounds within 0...1;
  /// `nil` bounds of a binary mean 0 and 1.
  public struct Variable: Sendable, Equatable {
    /// Whether the variable takes any real value, any integer, or 0 and 1 only.
    public enum Kind: Sendable, Equatable {
      case continuous
      case integer
      case binary
    }

    /// The column's name, written to LP and MPS files after `LPNames` made it valid.
    public var name: String
    /// The lower bound; `nil` is minus infinity.
    public var lower: Double?
    /// The upper bound; `nil` is plus infinity.
    public var upper: Double?
    /// Continuous, integer or binary.
    public var kind: Kind
    /// The objective coefficient.
    public var objective: Double
    /// An upper bound the rows already imply, left out of the solver's model (each bound is a row
    /// of GLPK's interior point) but used by ``LinearModel/lagrangianBound(duals:)``.
    public var impliedUpper: Double?

    public init(
      name: String, lower: Double? = 0, upper: Double? = nil, kind: Kind = .continuous,
      objective: Double = 0, impliedUpper: Double? = nil
    ) {
      self.name = name
      self.lower = lower
      self.upper = upper
      self.kind = kind
      self.objective = objective
      self.impliedUpper = impliedUpper
    }

    /// A 0/1 variable.
    public static func binary(name: String, objective: Double = 0) -> Variable {
      Variable(name: name, lower: 0, upper: 1, kind: .binary, objective: objective)
    }
  }
}
