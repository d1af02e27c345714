import Forecast
import Foundation
import Scheduler

/// What the report shows, read from a plan's output folder: each file optional, each read whole.
///
/// The report works from the files `staffplan plan` writes (docs/reference.md), not from in-memory results,
/// so it can be rendered again from any output folder. A missing file leaves its section with a
/// note; a malformed one is an ``InputError`` naming the file, line and field.
struct ReportInput: Sendable {
  /// One row of `coverage.csv`: agents required, scheduled and unmet in one channel and interval.
  struct Coverage: Sendable, Equatable {
    var channel: String
    var start: Date
    var required: Double
    var scheduled: Double
    var unmet: Double
    /// Service level by formula with the scheduled agents; nil when the file leaves it empty.
    var serviceLevel: Double?
  }

  /// `schedule.json`: the solver's figures.
  struct Schedule: Sendable, Equatable, Decodable {
    var status: String
    var objective: Double?
    var lowerBound: Double?
    /// Relative gap between objective and bound, as a fraction.
    var gap: Double?
    var seconds: Double?
    var paidHours: Double?
    var cost: Double?
    var unmetAgentHours: [String: Double]?
    /// Why the search stopped there; paid hours with none of the agent's channels open.
    var stopReason: String?
    var idleHours: Double?
    /// Each channel's promise on the roster as written, with what would keep a broken one.
    var channels: [ChannelPromise]?
    /// Why the roster written covers each interval's requirement instead of the promise roster.
    var promiseRosterReplaced: String?
  }

  /// One channel of `validation.json`: the week's service level against the promise.
  struct Promise: Sendable, Equatable, Decodable {
    var channel: String
    var serviceLevel: Double?
    var target: String
    var kept: Bool
    var strongestKept: String?
    var simulatedServiceLevel: Double?
    var probabilityKept: Double?
  }

  /// `validation.json`'s top level.
  struct Validation: Sendable, Decodable {
    var channels: [Promise]
  }

  var forecast: ForecastTable?
  var coverage: [Coverage]?
  var roster: [RosterSegment]?
  var schedule: Schedule?
  var promises: [Promise]?
  /// Service level per channel and interval start, from `validation.csv`.
  var intervalServiceLevels: [String: [Date: Double]]?
  var history: ContactHistory?
  /// The files read, as named in the report's header.
  var filesRead: [String] = []
  /// The expected files that were absent.
  var filesMissing: [String] = []
}

extension ReportInput {
  /// Reads the output files in `folder` and, when given, the history file, for `plan`.
  static func read(folder: URL, plan: Plan, historyPath: String?) throws -> ReportInput {
    var input = ReportInput()
    let calendar = plan.calendar
    let channels = Set(plan.channels.map(\.id))
    func path(_ name: String) -> String? {
      let path = folder.appendingPathComponent(name).path
      guard FileManager.default.fileExists(atPath: path) else {
        input.filesMissing.append(name)
        return nil
      }
      input.filesRead.append(name)
      return path
    }
    if let file = path("forecast.csv") {
      input.forecast = try ForecastTable.read(path: file, calendar: calendar, channels: channels)
    }
    if let file = path("coverage.csv") {
      input.coverage = try ReportCSV(path: file, calendar: calendar, channels: channels).map { row in
        Coverage(
          channel: row.channel, start: row.start, required: try row.number("required"),
          scheduled: try row.number("scheduled"), unmet: try row.number("unmet"),
          serviceLevel: try row.optionalNumber("service_level"))
      }
    }
    if let file = path("roster.csv") {
      input.roster = try RosterFile.read(path: file, calendar: calendar, channels: channels)
    }
    if let file = path("schedule.json") {
      input.schedule = try decodeJSON(Schedule.self, path: file)
    }
    if let file = path("validation.json") {
      input.promises = try decodeJSON(Validation.self, path: file).channels
    }
    if let file = path("validation.csv") {
      var levels: [String: [Date: Double]] = [:]
      _ = try ReportCSV(path: file, calendar: calendar, channels: channels).map { row in
        if let level = try row.optionalNumber("service_level") { levels[row.channel, default: [:]][row.start] = level }
      }
      input.intervalServiceLevels = levels
    }
    if let historyPath {
      input.history = try HistoryReader(
        calendar: calendar, channels: channels,
        keptOnHolidays: plan.channelsWithHolidayHistory
      ).read(path: historyPath)
      // The plan folder's name and the file (`demo/history.csv`): no absolute path of the machine
      // that made the report.
      let parts = (historyPath as NSString).standardizingPath.split(separator: "/").suffix(2)
      input.filesRead.append(parts.joined(separator: "/"))
    }
    return input
  }

  private static func decodeJSON<Value: Decodable>(_ type: Value.Type, path: String) throws(InputError) -> Value {
    let data: Data
    do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
      throw InputError(file: path, problem: "cannot be read", remedy: "check its permissions")
    }
    do {
      return try JSONDecoder().decode(type, from: data)
    } catch let DecodingError.keyNotFound(key, _) {
      throw InputError(
        file: path, field: key.stringValue, problem: "has no \(key.stringValue)",
        remedy: "give a file written by staffplan")
    } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
      let field = context.codingPath.map(\.stringValue).joined(separator: ".")
      throw InputError(
        file: path, field: field, problem: "has a value of the wrong type", remedy: "give a file written by staffplan")
    } catch {
      throw InputError(file: path, problem: "is not valid JSON", remedy: "give a file written by staffplan")
    }
  }
}
