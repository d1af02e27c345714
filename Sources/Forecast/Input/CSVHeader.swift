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

  /// Reads `row` as the header of `file`. A header holding semicolons or tabs instead of commas is
  /// refused (`example` is the header to write); each of `required` must be a column, else
  /// "the header has no X column; `remedy`". Column names are trimmed of spaces; the last of two
  /// equal names wins.
  public init(_ row: CSVRow, file: String, required: [String], example: String, remedy: String) throws(InputError) {
    try row.checkCommaSeparated(file: file, header: example)
    line = row.line
    var positions: [String: Int] = [:]
    for (index, name) in row.fields.enumerated() { positions[name.trimmingSpaces] = index }
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
