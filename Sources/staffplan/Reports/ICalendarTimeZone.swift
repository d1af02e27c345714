import Forecast
import Foundation

/// The VTIMEZONE component of a plan's time zone, built from Foundation's zone data (RFC 5545 §3.6.5).
///
/// Every daylight-saving transition from 1 January of the year before the roster week's year to the
/// end of the week's year becomes one STANDARD or DAYLIGHT observance with its exact onset (`DTSTART`
/// in the local time before the change, as RFC 5545 requires), so zones with irregular rules (Israel's
/// Friday before the last Sunday of March) are exact without an RRULE, and events in January find the
/// observance that began the previous autumn. A zone without transitions in that span gets one fixed
/// STANDARD observance with its offset at the roster week.
enum ICalendarTimeZone {
  /// The component's content lines, `BEGIN:VTIMEZONE` to `END:VTIMEZONE`.
  static func lines(for zone: TimeZone, year: Int, reference: Date) -> [String] {
    var lines = ["BEGIN:VTIMEZONE", "TZID:\(zone.identifier)", "X-LIC-LOCATION:\(zone.identifier)"]
    let transitions = self.transitions(of: zone, from: startOfYear(year - 1), to: startOfYear(year + 1))
    if transitions.isEmpty {
      let offset = offsetText(zone.secondsFromGMT(for: reference))
      lines += ["BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:\(offset)", "TZOFFSETTO:\(offset)"]
      if let name = zoneName(zone, at: reference) { lines.append("TZNAME:\(name)") }
      lines.append("END:STANDARD")
    }
    for transition in transitions {
      let before = zone.secondsFromGMT(for: transition.addingTimeInterval(-1))
      let after = zone.secondsFromGMT(for: transition)
      let kind = zone.isDaylightSavingTime(for: transition) ? "DAYLIGHT" : "STANDARD"
      let onset = Int(transition.timeIntervalSince1970) + before
      lines += [
        "BEGIN:\(kind)", "DTSTART:\(ICalendar.localText(secondsSinceEpoch: onset))",
        "TZOFFSETFROM:\(offsetText(before))", "TZOFFSETTO:\(offsetText(after))",
      ]
      if let name = zoneName(zone, at: transition) { lines.append("TZNAME:\(name)") }
      lines.append("END:\(kind)")
    }
    return lines + ["END:VTIMEZONE"]
  }

  /// The zone's abbreviation (`WEST`, `IST`), or nil when Foundation only knows an offset
  /// (`GMT+3`): TZNAME is optional and an offset says nothing TZOFFSETTO does not.
  static func zoneName(_ zone: TimeZone, at instant: Date) -> String? {
    guard let name = zone.abbreviation(for: instant), !name.hasPrefix("GMT+"), !name.hasPrefix("GMT-") else {
      return nil
    }
    return ICalendarText.escape(name)
  }

  /// The zone's transitions in `start..<end`, in time order.
  static func transitions(of zone: TimeZone, from start: Date, to end: Date) -> [Date] {
    var result: [Date] = []
    var cursor = start
    while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < end, next > cursor {
      result.append(next)
      cursor = next
    }
    return result
  }

  /// `+0200`, `-0330`, `+053028` (seconds only when not zero) for an offset in seconds east of UTC.
  static func offsetText(_ seconds: Int) -> String {
    let sign = seconds < 0 ? "-" : "+"
    let magnitude = abs(seconds)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let text = sign + two(magnitude / 3600) + two(magnitude % 3600 / 60)
    return magnitude % 60 == 0 ? text : text + two(magnitude % 60)
  }

  private static func startOfYear(_ year: Int) -> Date {
    let days = LocalDate(year: year, month: 1, day: 1).daysSinceEpoch
    return Date(timeIntervalSince1970: TimeInterval(days * 86_400))
  }
}
