import Forecast
import Foundation

/// Reads and writes `requirements.csv` (docs/reference.md, Outputs; contract columns first):
/// `channel,interval_start,volume,aht_seconds,agents,model`, then `service_level,occupancy,abandonment`.
public enum RequirementsFile {
  public static let header = "channel,interval_start,volume,aht_seconds,agents,model,service_level,occupancy,abandonment"

  /// The CSV text, rows in the order given.
  public static func csv(_ requirements: [Requirement], calendar: PlanningCalendar) -> String {
    var text = header + "\n"
    text.reserveCapacity(requirements.count * 80)
    for requirement in requirements {
      let figures = requirement.figures
      text += CSVText.line([
        requirement.channel, calendar.text(for: requirement.start), CSVText.number(requirement.volume),
        CSVText.number(requirement.handleTime.inSeconds, decimals: 1), CSVText.number(requirement.agents),
        requirement.model.rawValue, figures.serviceLevel.map { CSVText.number($0.fraction) } ?? "",
        CSVText.number(figures.occupancy.fraction), figures.abandonment.map { CSVText.number($0.fraction) } ?? "",
      ])
    }
    return text
  }

  /// One row as read back: enough for the scheduler (channel, interval, agents) and reports.
  public struct Row: Sendable, Hashable {
    public var channel: String
    public var start: Date
    public var volume: Double
    public var handleTime: Duration
    public var agents: Double

    public init(channel: String, start: Date, volume: Double, handleTime: Duration, agents: Double) {
      self.channel = channel
      self.start = start
      self.volume = volume
      self.handleTime = handleTime
      self.agents = agents
    }
  }

  /// Reads a requirements file; channels must be plan channels.
  public static func read(path: String, calendar: PlanningCalendar, channels: Set<String>) throws -> [Row] {
    var header: CSVHeader?
    var rows: [Row] = []
    try CSVReader(path: path).forEachRow { csv in
      guard let columns = header else {
        header = try CSVHeader(
          csv, file: path, required: ["channel", "interval_start", "volume", "aht_seconds", "agents"], example: Self.header,
          remedy: "give a file written by staffplan require")
        return
      }
      let channel = csv[columns["channel"]]
      guard channels.contains(channel) else {
        throw InputError(
          file: path, line: csv.line, field: "channel", problem: "unknown channel \"\(channel)\"",
          remedy: "the plan's channels are \(channels.sorted().joined(separator: ", "))")
      }
      let start: Date
      do { start = try calendar.instant(parsing: csv[columns["interval_start"]]) } catch let error as ValueError {
        throw InputError(file: path, line: csv.line, field: "interval_start", error)
      }
      func number(_ column: String) throws(InputError) -> Double {
        let text = csv[columns[column]].trimmingCharacters(in: .whitespaces)
        guard let value = Double(text), value.isFinite, value >= 0, value < 1e7 else {
          throw InputError(
            file: path, line: csv.line, field: column, problem: "\"\(text)\" is not a number of zero or more",
            remedy: text.contains(",") ? "use a dot for decimals" : "give a number of zero or more")
        }
        return value
      }
      let volume = try number("volume"), handleSeconds = try number("aht_seconds")
      if handleSeconds == 0, volume > 0 {
        throw InputError(
          file: path, line: csv.line, field: "aht_seconds", problem: "a handle time of 0 s for \(csv[columns["volume"]]) contacts",
          remedy: "give the mean handle time in seconds, above 0")
      }
      rows.append(
        Row(channel: channel, start: start, volume: volume, handleTime: .seconds(real: handleSeconds),
            agents: try number("agents")))
    }
    guard let header else { throw InputError(file: path, problem: "is empty", remedy: "give a file written by staffplan require") }
    if rows.isEmpty {
      throw InputError(file: path, line: header.line, problem: "has a header but no rows", remedy: "give a file written by staffplan require")
    }
    return rows
  }
}

extension Requirement {
  /// The row this requirement writes, with the file's precision, so a roster scheduled from memory
  /// (`plan`, `schedule` without `--requirements`) is the one `schedule --requirements` gives on
  /// the written file. (GLPK's interior point met the demo's unrounded requirements with a 91 s
  /// relaxation, the written ones with 19 s.)
  public var row: RequirementsFile.Row {
    RequirementsFile.Row(
      channel: channel, start: start, volume: CSVText.rounded(volume),
      handleTime: .seconds(real: CSVText.rounded(handleTime.inSeconds, decimals: 1)), agents: CSVText.rounded(agents))
  }
}

extension WeekCoverage.Remedy {
  /// Requirements for another week: size that week's forecast; for several weeks: cut the file.
  public static let requirements = Self(
    otherWeek: "size that week (staffplan require with a forecast of that week) \(changeWeek)",
    moreWeeks: "cut the file to that week \(changeWeek)")
}
