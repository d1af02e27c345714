import Forecast
import Foundation

/// Reads and writes `roster.csv` (docs/reference.md, Outputs): `agent_id,date,start,end,activity,channel`.
public enum RosterFile {
  public static let header = "agent_id,date,start,end,activity,channel"

  /// The CSV text, segments in the order given.
  public static func csv(_ segments: [RosterSegment], calendar: PlanningCalendar) -> String {
    var text = header + "\n"
    for segment in segments {
      text += CSVText.line([
        segment.agentID, segment.shiftDate.text, calendar.text(for: segment.start), calendar.text(for: segment.end),
        segment.activity.rawValue, segment.channel ?? "",
      ])
    }
    return text
  }

  /// Reads a roster file; channels (when given) must be plan channels, agents (when given) known ids.
  ///
  /// `RosterCheck` passes neither, so an unknown channel or agent becomes a violation, not an error.
  public static func read(
    path: String, name: String? = nil, calendar: PlanningCalendar, channels: Set<String>?, agents: Set<String>? = nil
  ) throws -> [RosterSegment] {
    let file = name ?? path
    var header: CSVHeader?
    var segments: [RosterSegment] = []
    try CSVReader(path: path, name: file).forEachRow { row in
      guard let columns = header else {
        header = try CSVHeader(
          row, file: file, required: Self.header.split(separator: ",").map(String.init), example: Self.header,
          remedy: "give a file written by staffplan schedule (\(Self.header))")
        return
      }
      func field(_ name: String) -> String { row[columns[name]].trimmingCharacters(in: .whitespaces) }
      let agent = field("agent_id")
      if let agents, !agents.contains(agent) {
        throw InputError(
          file: file, line: row.line, field: "agent_id", problem: "unknown agent \"\(agent)\"",
          remedy: "use the ids of agents.csv")
      }
      func instant(_ name: String) throws(InputError) -> Date {
        do { return try calendar.instant(parsing: field(name)) } catch {
          throw InputError(file: file, line: row.line, field: name, error)
        }
      }
      let date: LocalDate
      do { date = try LocalDate(parsing: field("date")) } catch let error as ValueError {
        throw InputError(file: file, line: row.line, field: "date", error)
      }
      let start = try instant("start"), end = try instant("end")
      guard end > start else {
        throw InputError(
          file: file, line: row.line, field: "end", problem: "\(field("end")) is not after start \(field("start"))",
          remedy: "give a segment that ends after it starts")
      }
      guard let activity = RosterSegment.Activity(rawValue: field("activity")) else {
        throw InputError(
          file: file, line: row.line, field: "activity", problem: "unknown activity \"\(field("activity"))\"",
          remedy: "use work, break or idle")
      }
      let channel = field("channel")
      if activity == .work, let channels, !channels.contains(channel) {
        throw InputError(
          file: file, line: row.line, field: "channel", problem: "unknown channel \"\(channel)\"",
          remedy: "the plan's channels are \(channels.sorted().joined(separator: ", "))")
      }
      segments.append(
        RosterSegment(
          agentID: agent, shiftDate: date, start: start, end: end, activity: activity,
          channel: activity == .work ? channel : nil))
    }
    if header == nil {
      throw InputError(file: file, problem: "is empty", remedy: "give a file written by staffplan schedule")
    }
    return segments
  }
}

extension WeekCoverage.Remedy {
  /// A roster whose shift dates lie outside the plan's week.
  public static let roster = Self(
    otherWeek: "schedule that week (staffplan schedule) \(changeWeek)",
    moreWeeks: "keep only that week's shifts \(changeWeek)")
}
