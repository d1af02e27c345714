/// One record of a CSV file, with the line it starts on.
public struct CSVRow: Sendable, Equatable {
  /// 1-based line number where the record starts (the header is line 1).
  public var line: Int
  /// The fields, unquoted.
  public var fields: [String]

  public init(line: Int, fields: [String]) {
    self.line = line
    self.fields = fields
  }

  /// The field at `index`, or the empty string when the row is short.
  public subscript(_ index: Int) -> String {
    index < fields.count ? fields[index] : ""
  }
}
