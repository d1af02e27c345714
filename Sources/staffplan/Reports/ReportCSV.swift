import Forecast
import Foundation

/// A small reader of the per-interval CSV outputs (`coverage.csv`, `validation.csv`) for the report.
///
/// Every such file starts with `channel,interval_start`; other columns are read by name. Errors name
/// the file, line and field, like every staffplan reader.
struct ReportCSV {
  /// One data row with its columns by name.
  struct Row {
    let file: String
    let line: Int
    let columns: [String: Int]
    let fields: CSVRow
    let channel: String
    let start: Date

    /// The number in `column`, which must be present and finite.
    func number(_ column: String) throws(InputError) -> Double {
      guard let value = try optionalNumber(column) else {
        throw InputError(file: file, line: line, field: column, problem: "is empty", remedy: "give a number")
      }
      return value
    }

    /// The number in `column`, or nil when the column is absent or the field empty.
    func optionalNumber(_ column: String) throws(InputError) -> Double? {
      guard let index = columns[column] else { return nil }
      let text = fields[index].trimmingCharacters(in: .whitespaces)
      if text.isEmpty { return nil }
      guard let value = Double(text), value.isFinite else {
        throw InputError(
          file: file, line: line, field: column, problem: "\"\(text)\" is not a number",
          remedy: text.contains(",") ? "use a dot for decimals" : "give a number")
      }
      return value
    }
  }

  let path: String
  let calendar: PlanningCalendar
  let channels: Set<String>

  /// Reads every data row through `transform`, in file order.
  func map<Value>(_ transform: (Row) throws -> Value) throws -> [Value] {
    var header: CSVHeader?
    var values: [Value] = []
    try CSVReader(path: path).forEachRow { fields in
      guard let columns = header?.columns else {
        header = try CSVHeader(
          fields, file: path, required: ["channel", "interval_start"], example: "channel,interval_start,...",
          remedy: "give a file written by staffplan")
        return
      }
      let channel = fields[columns["channel"]!].trimmingCharacters(in: .whitespaces)
      guard channels.contains(channel) else {
        throw InputError(
          file: path, line: fields.line, field: "channel", problem: "unknown channel \"\(channel)\"",
          remedy: "the plan's channels are \(channels.sorted().joined(separator: ", "))")
      }
      let start: Date
      do { start = try calendar.instant(parsing: fields[columns["interval_start"]!]) } catch let error as ValueError {
        throw InputError(file: path, line: fields.line, field: "interval_start", error)
      }
      values.append(
        try transform(
          Row(file: path, line: fields.line, columns: columns, fields: fields, channel: channel, start: start)))
    }
    if header == nil {
      throw InputError(file: path, problem: "is empty", remedy: "give a file written by staffplan")
    }
    return values
  }
}
