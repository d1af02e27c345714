import Forecast
import Foundation
import Scheduler

/// One agent's shifts as an iCalendar file (RFC 5545), to import into any calendar application.
///
/// The file holds a VCALENDAR (`VERSION:2.0`, `PRODID`, `CALSCALE:GREGORIAN`, `X-WR-TIMEZONE`), the
/// VTIMEZONE of the plan's zone (``ICalendarTimeZone``) and one VEVENT per shift: a shift is all of
/// the agent's roster segments with the same shift date (roster.csv's `date`).
///
/// - `DTSTART;TZID=…` / `DTEND;TZID=…` are the plan's wall-clock times, so the shift shows at the
///   right hour wherever the calendar is opened. A start in the repeated hour when clocks go back
///   means its first occurrence (RFC 5545 §3.3.5).
/// - `UID` is stable across runs: agent id, start in UTC, `@staffplan` (`A001-20261129T050000Z@staffplan`),
///   so a re-import updates rather than duplicates.
/// - `DTSTAMP` is when the file was written (RFC 5545: the object's creation), in UTC: a changed
///   shift re-published with the same start keeps its UID, and calendar clients take the event
///   with the later DTSTAMP (RFC 5546 §2.1.5). A week-start stamp made a re-published change look
///   as old as the first publication. `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds
///   convention) fixes it for byte-identical files (``stamp(environment:)``).
/// - `SUMMARY` names the channels worked (`Shift: voice, chat`); `DESCRIPTION` lists every segment
///   and break with its wall-clock times (`10:00-10:15 break`; a night shift reads `23:45-00:30 voice`).
///
/// Example:
/// ```swift
/// let text = ICalendar.file(agent: agent, segments: roster, calendar: plan.calendar, planName: plan.name, stamp: .now)
/// try AtomicFile.write(text, to: "out/calendars/\(ICalendar.fileName(for: agent.id))")
/// ```
enum ICalendar {
  static let productID = "-//staffplan//staffplan roster//EN"

  /// The agent's calendar; `segments` may hold other agents' segments, which are skipped.
  static func file(
    agent: Agent, segments: [RosterSegment], calendar: PlanningCalendar, planName: String, stamp written: Date
  ) -> String {
    let zone = calendar.timeZone
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(productID)", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
      "X-WR-CALNAME:\(ICalendarText.escape("\(planName): \(agent.name)"))",
      "X-WR-TIMEZONE:\(zone.identifier)",
    ]
    let weekStart = Date(timeIntervalSince1970: TimeInterval(calendar.week.daysSinceEpoch * 86_400))
    lines += ICalendarTimeZone.lines(for: zone, year: calendar.week.year, reference: weekStart)
    let stamp = utcText(written)
    let tzid = ICalendarText.parameter(zone.identifier)
    for shift in shifts(of: agent.id, in: segments) {
      let start = shift.segments.first!.start, end = shift.segments.map(\.end).max()!
      var channels: [String] = []
      for segment in shift.segments {
        if segment.activity == .work, let channel = segment.channel, !channels.contains(channel) { channels.append(channel) }
      }
      var description = ["\(agent.name) (\(agent.id)), \(planName)"]
      for segment in shift.segments {
        let from = ReportFormat.clock(calendar.localTime(for: segment.start))
        let to = ReportFormat.clock(calendar.localTime(for: segment.end))
        let what = segment.activity == .work ? segment.channel ?? "work" : segment.activity == .idle ? "idle (no channel open)" : "break"
        // Across a change of clocks "23:30-01:00" reads 1.5 h for 2.5 h: the offsets say it.
        let offsets = calendar.resolver.utcOffset(atInstantSeconds: Int(segment.start.timeIntervalSince1970))
          == calendar.resolver.utcOffset(atInstantSeconds: Int(segment.end.timeIntervalSince1970))
        let length = offsets ? "" : " (\(ReportFormat.number(segment.end.timeIntervalSince(segment.start) / 3600, decimals: 2)) h: the clocks changed)"
        description.append("\(from)-\(to) \(what)" + length)
      }
      lines += [
        "BEGIN:VEVENT",
        "UID:\(ICalendarText.escape("\(agent.id)-\(utcText(start))@staffplan"))",
        "DTSTAMP:\(stamp)",
        "DTSTART;TZID=\(tzid):\(localText(calendar.localTime(for: start)))",
        "DTEND;TZID=\(tzid):\(localText(calendar.localTime(for: end)))",
        "SUMMARY:\(ICalendarText.escape(channels.isEmpty ? "Shift" : "Shift: " + channels.joined(separator: ", ")))",
        "DESCRIPTION:\(ICalendarText.escape(description.joined(separator: "\n")))",
        "TRANSP:OPAQUE",
        "END:VEVENT",
      ]
    }
    lines.append("END:VCALENDAR")
    return ICalendarText.document(lines)
  }

  /// When the calendars are written: `SOURCE_DATE_EPOCH` (whole seconds since 1970, UTC) when set
  /// and valid, else now, to the second.
  static func stamp(environment: [String: String], now: Date = .now) -> Date {
    if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int(text), seconds >= 0 {
      return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
    return Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
  }

  /// A file name for the agent's calendar: the id with anything but letters, digits, `-`, `_`, `.`
  /// replaced by `_`, then `.ics` (`A001.ics`).
  static func fileName(for agentID: String) -> String {
    let safe = String(agentID.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "_" })
    return (safe.isEmpty || safe.hasPrefix(".") ? "_" + safe : safe) + ".ics"
  }

  /// The agent's shifts in time order: segments grouped by shift date, each sorted by start.
  static func shifts(of agentID: String, in segments: [RosterSegment]) -> [(date: LocalDate, segments: [RosterSegment])] {
    var byDate: [LocalDate: [RosterSegment]] = [:]
    for segment in segments where segment.agentID == agentID { byDate[segment.shiftDate, default: []].append(segment) }
    return byDate.keys.sorted().map { date in (date, byDate[date]!.sorted { $0.start < $1.start }) }
  }

  /// `20261129T080000` for a wall-clock time.
  static func localText(_ time: LocalDateTime) -> String { localText(secondsSinceEpoch: time.localSecondsSinceEpoch) }

  /// `20261129T080000` for wall-clock seconds since 1970-01-01T00:00.
  static func localText(secondsSinceEpoch seconds: Int) -> String {
    let time = LocalDateTime(localSecondsSinceEpoch: seconds)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let year = String(time.date.year)
    return String(repeating: "0", count: max(0, 4 - year.count)) + year + two(time.date.month) + two(time.date.day)
      + "T" + two(time.hour) + two(time.minute) + two(time.second)
  }

  /// `20261129T050000Z` for an instant.
  static func utcText(_ instant: Date) -> String {
    localText(secondsSinceEpoch: Int(instant.timeIntervalSince1970.rounded(.down))) + "Z"
  }
}
