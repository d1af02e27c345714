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

  /// Throws when this header row is one field holding semicolons or tabs: a spreadsheet's export
  /// in another separator, which would otherwise read as one unknown column.
  public func checkCommaSeparated(file: String, header example: String) throws(InputError) {
    guard fields.count == 1, let only = fields.first, only.contains(";") || only.contains("\t") else { return }
    let separator = only.contains(";") ? "semicolons" : "tabs"
    throw InputError(
      file: file, line: line, problem: "the header uses \(separator) between fields",
      remedy: "save the file comma-separated, with a header like \(example)")
  }

  /// The field at `index`, or the empty string when the row is short.
  public subscript(_ index: Int) -> String {
    index < fields.count ? fields[index] : ""
  }
}
