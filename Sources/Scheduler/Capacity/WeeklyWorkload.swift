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
  /// horizon needs at least one row; a channel without a row in a week needs 0 hours there.
  public static func read(path: String, channels known: [String], assumptions: CapacityAssumptions) throws
    -> WeeklyWorkload
  {
    var index: [String: Int] = [:]
    var hours = [[Double]](repeating: [Double](repeating: 0, count: known.count), count: assumptions.weeks)
    var seen: Set<[Int]> = []
    var weeksSeen = Set<Int>()
    var used = Set<Int>()
    let last = assumptions.weekStart(assumptions.weeks)
    try CSVReader(path: path, name: path).forEachRow { csv in
      if index.isEmpty {
        try csv.checkCommaSeparated(file: path, header: columns.joined(separator: ","))
        for (position, name) in csv.fields.enumerated() { index[name.trimmingCharacters(in: .whitespaces)] = position }
        for column in columns where index[column] == nil {
          throw InputError(
            file: path, line: csv.line, field: column, problem: "the header has no \(column) column",
            remedy: "give the columns \(columns.joined(separator: ","))")
        }
        return
      }
      let weekText = csv[index["week"]!].trimmingSpaces
      let date: LocalDate
      do {
        date = try LocalDate(parsing: weekText)
      } catch let error as ValueError {
        throw InputError(file: path, line: csv.line, field: "week", error)
      }
      let days = assumptions.start.distance(to: date)
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
      let channel = csv[index["channel"]!].trimmingSpaces
      guard let column = known.firstIndex(of: channel) else {
        let hint = NearestName.suggestion(for: channel, among: known).map { "did you mean \"\($0)\"?" }
        throw InputError(
          file: path, line: csv.line, field: "channel", problem: "unknown channel \"\(channel)\"",
          remedy: hint ?? "the plan's channels are \(known.joined(separator: ", "))")
      }
      let text = csv[index["agent_hours"]!].trimmingSpaces
      guard let value = Double(text), value.isFinite, value >= 0, value < 1e8 else {
        throw InputError(
          file: path, line: csv.line, field: "agent_hours", problem: "\"\(text)\" is not a number of hours of zero or more",
          remedy: text.contains(",") ? "use a dot for decimals" : "give productive agent-hours, like 1520.5")
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
    if index.isEmpty {
      throw InputError(file: path, problem: "is empty", remedy: "give the columns \(columns.joined(separator: ","))")
    }
    if let missing = (0..<assumptions.weeks).first(where: { !weeksSeen.contains($0) }) {
      throw InputError(
        file: path, field: "week",
        problem: "has no row for the week of \(assumptions.weekStart(missing + 1).text) (week \(missing + 1) of \(assumptions.weeks))",
        remedy: "add its rows (agent_hours 0 if no work), or shorten the horizon with --weeks")
    }
    let channels = known.indices.filter { used.contains($0) }
    return WeeklyWorkload(channels: channels.map { known[$0] }, hours: hours.map { row in channels.map { row[$0] } })
  }
}
