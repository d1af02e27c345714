/// The header row of a CSV file: where each named column is, found once, with the errors every
/// reader gives alike (a header in another separator, a missing column), so a file written by one
/// command reads the same way in every other.
///
/// ```swift
/// let header = try CSVHeader(row, file: path, required: ["week", "channel"], example: "week,channel", remedy: "...")
/// let week = row[header["week"]]
/// ```
public struct CSVHeader: Sendable {
  /// The header's line (1 unless blank lines precede it).
  public let line: Int
  private let positions: [String: Int]

  /// The columns a strict header may hold (history.csv): any other is refused with the nearest
  /// known name and `layout`, a name given twice is refused, and names are compared in lower case.
  public struct Allowed: Sendable {
    public let names: [String]
    public let layout: String

    public init(names: [String], layout: String) {
      self.names = names
      self.layout = layout
    }
  }

  /// Reads `row` as the header of `file`. A header holding semicolons or tabs instead of commas is
  /// refused (`example` is the header to write); with `allowed`, unknown and repeated columns are
  /// refused; each of `required` must be a column, else "the header has no X column; `remedy`".
  /// Column names are trimmed of spaces (and lower-cased with `allowed`).
  public init(
    _ row: CSVRow, file: String, required: [String], allowed: Allowed? = nil, example: String, remedy: String
  ) throws(InputError) {
    try row.checkCommaSeparated(file: file, header: example)
    line = row.line
    let names = row.fields.map { allowed == nil ? $0.trimmingSpaces : $0.trimmingSpaces.lowercased() }
    if let allowed {
      for (index, name) in names.enumerated() where !allowed.names.contains(name) {
        let hint = NearestName.suggestion(for: name, among: allowed.names).map { "did you mean \"\($0)\"? " } ?? ""
        throw InputError(
          file: file, line: row.line, field: "column \(index + 1)", problem: "unknown column \"\(row.fields[index])\"",
          remedy: "\(hint)the columns are \(allowed.layout)")
      }
      for (index, name) in names.enumerated() where names[..<index].contains(name) {
        throw InputError(file: file, line: row.line, field: name, problem: "column \"\(name)\" appears twice", remedy: "keep one")
      }
    }
    var positions: [String: Int] = [:]
    for (index, name) in names.enumerated() { positions[name] = index }
    self.positions = positions
    for column in required where positions[column] == nil {
      throw InputError(
        file: file, line: row.line, field: column, problem: "the header has no \(column) column", remedy: remedy)
    }
  }

  /// The position of a required column (a precondition: it was checked by `init`).
  public subscript(_ column: String) -> Int { positions[column]! }

  /// The position of an optional column, or nil.
  public func position(_ column: String) -> Int? { positions[column] }

  /// Every column's position by name.
  public var columns: [String: Int] { positions }
}
