import Foundation
import Forecast

/// Productive agent-hours per week and channel over the horizon: the demand side of the hiring
/// model. From a `--workload` file as written, or sized from an interval forecast with the same
/// engine as `require`, before shrinkage (capacity.yaml's shrinkage, which varies by month,
/// replaces the plan's).
public struct WeeklyWorkload: Sendable, Equatable {
  public var channels: [String]
  /// `hours[w][c]`: agent-hours of week `w + 1` on `channels[c]`.
  public var hours: [[Double]]
  /// What was left out or assumed, for the summary (rows outside the horizon).
  public var notes: [String]

  public init(channels: [String], hours: [[Double]], notes: [String] = []) {
    self.channels = channels
    self.hours = hours
    self.notes = notes
  }

  /// Agent-hours of every channel in each week.
  public var totals: [Double] { hours.map { $0.reduce(0, +) } }
}

extension WeeklyWorkload {
  static let columns = ["week", "channel", "agent_hours"]

  /// Reads `week,channel,agent_hours` (week = the first day of a horizon week). Every week of the
  /// horizon needs at least one row; a channel without a row in a week needs 0 hours there. Rows
  /// after the horizon are refused, or left out with a note when `--weeks` shortened it
  /// (`leavingOutLater`), to plan the first weeks of a longer file.
  public static func read(
    path: String, channels known: [String], assumptions: CapacityAssumptions, leavingOutLater: Bool = false
  ) throws -> WeeklyWorkload {
    var leftOut = 0
    var header: CSVHeader?
    var hours = [[Double]](repeating: [Double](repeating: 0, count: known.count), count: assumptions.weeks)
    var seen: Set<[Int]> = []
    var weeksSeen = Set<Int>()
    var used = Set<Int>()
    let last = assumptions.weekStart(assumptions.weeks)
    try CSVReader(path: path, name: path).forEachRow { csv in
      guard let index = header else {
        header = try CSVHeader(
          csv, file: path, required: columns, example: columns.joined(separator: ","),
          remedy: "give the columns \(columns.joined(separator: ","))")
        return
      }
      let weekText = csv[index["week"]].trimmingSpaces
      let date: LocalDate
      do {
        date = try LocalDate(parsing: weekText)
      } catch let error as ValueError {
        throw InputError(file: path, line: csv.line, field: "week", error)
      }
      let days = assumptions.start.distance(to: date)
      if leavingOutLater, days >= 7 * assumptions.weeks {
        leftOut += 1
        return
      }
      guard days >= 0, days < 7 * assumptions.weeks else {
        throw InputError(
          file: path, line: csv.line, field: "week",
          problem: "\(date.text) is outside the horizon \(assumptions.start.text) to \(last.text) (\(assumptions.weeks) weeks)",
          remedy: "remove the row, or move start or weeks in capacity.yaml (or --weeks)")
      }
      guard days % 7 == 0 else {
        throw InputError(
          file: path, line: csv.line, field: "week",
          problem: "\(date.text) is not the first day of a week (weeks start on \(assumptions.start.text), every 7 days)",
          remedy: "give \(assumptions.start.adding(days: days / 7 * 7).text)")
      }
      let channel = csv[index["channel"]].trimmingSpaces
      guard let column = known.firstIndex(of: channel) else {
        let hint = NearestName.suggestion(for: channel, among: known).map { "did you mean \"\($0)\"?" }
        throw InputError(
          file: path, line: csv.line, field: "channel", problem: "unknown channel \"\(channel)\"",
          remedy: hint ?? "the plan's channels are \(known.joined(separator: ", "))")
      }
      let text = csv[index["agent_hours"]].trimmingSpaces
      guard let value = Double(text), value.isFinite, value >= 0, value < 1e8 else {
        throw InputError(
          file: path, line: csv.line, field: "agent_hours", problem: "\"\(text)\" is not a number of hours of zero or more",
          remedy: text.contains(",")
            ? "write it without a thousands separator and with a dot for decimals, like 1500 or 1520.5"
            : "give productive agent-hours, like 1520.5")
      }
      let week = days / 7
      guard seen.insert([week, column]).inserted else {
        throw InputError(
          file: path, line: csv.line, field: "week", problem: "\(channel) in the week of \(date.text) appears twice",
          remedy: "keep one row per week and channel")
      }
      hours[week][column] = value
      weeksSeen.insert(week)
      used.insert(column)
    }
    if header == nil {
      throw InputError(file: path, problem: "is empty", remedy: "give the columns \(columns.joined(separator: ","))")
    }
    if let missing = (0..<assumptions.weeks).first(where: { !weeksSeen.contains($0) }) {
      throw InputError(
        file: path, field: "week",
        problem: "has no row for the week of \(assumptions.weekStart(missing + 1).text) (week \(missing + 1) of \(assumptions.weeks))",
        remedy: missing > 0
          ? "add its rows (agent_hours 0 if no work), or plan the weeks before it with --weeks \(missing)"
          : "add its rows (agent_hours 0 if no work), or move start in capacity.yaml")
    }
    let channels = known.indices.filter { used.contains($0) }
    let notes = leftOut > 0 ? ["\(leftOut) workload rows after \(last.adding(days: 6).text) left out (--weeks \(assumptions.weeks))"] : []
    return WeeklyWorkload(
      channels: channels.map { known[$0] }, hours: hours.map { row in channels.map { row[$0] } }, notes: notes)
  }
}
