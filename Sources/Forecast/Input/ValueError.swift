/// A value that could not be read, said so a planner can fix it.
///
/// Parsers of single values (a duration, a percentage, a target, a time of day) throw this without
/// knowing where the value came from; file readers wrap it into an ``InputError`` that adds the file,
/// line and field.
public struct ValueError: Error, Sendable, Equatable {
  /// What is wrong, quoting the offending text: `"20" has no unit`.
  public var problem: String
  /// What to do about it: `write 20s, 20m or 20h`.
  public var remedy: String

  public init(_ problem: String, remedy: String) {
    self.problem = problem
    self.remedy = remedy
  }
}
