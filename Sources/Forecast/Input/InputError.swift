/// Bad user input, located to the file, line and field, with what to do about it.
///
/// Every reader of a planner's files throws this; the command line renders it as one line and exits
/// with status 64. Libraries never print it themselves.
public struct InputError: Error, Sendable, Equatable {
  /// The file (as the user named it), or a flag such as `--volume`.
  public var file: String
  /// 1-based line number, when the problem sits on one line.
  public var line: Int?
  /// The field, column or key, when there is one: `target`, `channels[1].hours`, `volume`.
  public var field: String?
  /// What is wrong.
  public var problem: String
  /// What to do about it.
  public var remedy: String

  public init(file: String, line: Int? = nil, field: String? = nil, problem: String, remedy: String) {
    self.file = file
    self.line = line
    self.field = field
    self.problem = problem
    self.remedy = remedy
  }

  /// Locates a value error.
  public init(file: String, line: Int? = nil, field: String? = nil, _ error: ValueError) {
    self.init(file: file, line: line, field: field, problem: error.problem, remedy: error.remedy)
  }

  /// One line: `plan.yaml line 7, field target: "80-20" is not a target; write it like 80/20 or 90%/24h`.
  public var message: String {
    var place = file
    if let line { place += " line \(line)" }
    if let field { place += ", field \(field)" }
    return "\(place): \(problem); \(remedy)"
  }
}

extension InputError: CustomStringConvertible {
  public var description: String { message }
}
