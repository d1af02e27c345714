import Foundation

/// A wall-clock date and time in the plan's time zone, to the second: `2026-11-30T08:00`.
///
/// A local date-time names an instant only together with a time zone, and not always one: in the
/// spring-forward gap it names none, in the repeated hour after clocks go back it names two.
/// ``PlanningCalendar`` resolves it (``PlanningCalendar/instant(for:)``).
public struct LocalDateTime: Sendable, Hashable, Comparable {
  public let date: LocalDate
  public let hour: Int
  public let minute: Int
  public let second: Int

  public init(date: LocalDate, hour: Int, minute: Int, second: Int = 0) {
    precondition(
      (0...23).contains(hour) && (0...59).contains(minute) && (0...59).contains(second),
      "LocalDateTime \(hour):\(minute):\(second) is not a time of day")
    self.date = date
    self.hour = hour
    self.minute = minute
    self.second = second
  }

  /// The date-time `seconds` after 1970-01-01T00:00 on the same wall clock (no time zone).
  public init(localSecondsSinceEpoch seconds: Int) {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let rest = seconds - days * 86_400
    self.init(
      date: LocalDate(daysSinceEpoch: days), hour: rest / 3600, minute: rest % 3600 / 60,
      second: rest % 60)
  }

  /// Parses the local form `YYYY-MM-DDTHH:MM[:SS]` (a space may stand for the `T`).
  ///
  /// A trailing `Z` or `+hh:mm` offset is refused here because converting it needs the plan's time
  /// zone: read such timestamps with ``PlanningCalendar/localTime(parsing:)``.
  public init(parsing text: String) throws(ValueError) {
    let (local, offset) = try Self.parse(text)
    if offset != nil {
      throw ValueError(
        "\"\(text)\" carries a UTC offset", remedy: "convert it with the plan's time zone")
    }
    self = local
  }

  /// Splits `2026-11-30T08:00[:SS][Z|+hh:mm|-hh:mm]` into the wall-clock time and the UTC offset
  /// in seconds it was written with (nil for none).
  public static func parse(_ text: String) throws(ValueError) -> (LocalDateTime, utcOffset: Int?) {
    let bad = ValueError(
      "\"\(text)\" is not a timestamp", remedy: "write it like 2026-11-30T08:00 or 2026-11-30T08:00:00")
    var body = Substring(text.trimmingCharacters(in: .whitespaces))
    var offset: Int?
    if body.hasSuffix("Z") || body.hasSuffix("z") {
      offset = 0
      body = body.dropLast()
    } else if body.count > 16, let signIndex = body.lastIndex(where: { $0 == "+" || $0 == "-" }),
      body.distance(from: body.startIndex, to: signIndex) >= 16
    {
      let sign = body[signIndex] == "-" ? -1 : 1
      let digits = body[body.index(after: signIndex)...].filter { $0 != ":" }
      guard [2, 4].contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
        let hours = Int(digits.prefix(2)), let minutes = Int(digits.dropFirst(2).isEmpty ? "0" : String(digits.dropFirst(2))),
        hours <= 18, minutes <= 59
      else {
        throw ValueError("\"\(text)\" has an unreadable UTC offset", remedy: "write it like +01:00, -03:00 or Z")
      }
      offset = sign * (hours * 3600 + minutes * 60)
      body = body[..<signIndex]
    }
    guard let separator = body.firstIndex(where: { $0 == "T" || $0 == "t" || $0 == " " }) else {
      throw bad
    }
    let date: LocalDate
    do {
      date = try LocalDate(parsing: String(body[..<separator]))
    } catch {
      throw bad
    }
    let clock = body[body.index(after: separator)...].split(separator: ":", omittingEmptySubsequences: false)
    guard (2...3).contains(clock.count), clock.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let hour = Int(clock[0]), let minute = Int(clock[1])
    else { throw bad }
    let second = clock.count == 3 ? Int(clock[2]) ?? 99 : 0
    if hour == 24, minute == 0, second == 0 {
      return (LocalDateTime(date: date.adding(days: 1), hour: 0, minute: 0), offset)
    }
    guard hour <= 23, minute <= 59, second <= 59 else {
      throw ValueError("\"\(text)\" is not a time of day", remedy: "use 00:00 to 23:59:59")
    }
    return (LocalDateTime(date: date, hour: hour, minute: minute, second: second), offset)
  }

  /// Seconds since 1970-01-01T00:00 on the same wall clock, as if it were UTC.
  public var localSecondsSinceEpoch: Int {
    date.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second
  }

  /// Minutes since the day's midnight on the wall clock.
  public var minuteOfDay: Int { hour * 60 + minute }

  /// The wall-clock time `seconds` later, ignoring any time zone.
  public func adding(seconds: Int) -> LocalDateTime {
    LocalDateTime(localSecondsSinceEpoch: localSecondsSinceEpoch + seconds)
  }

  /// `2026-11-30T08:00`, with `:SS` only when the seconds are not zero.
  public var text: String {
    var text = "\(date.text)T\(String(hour).leftPadded(to: 2)):\(String(minute).leftPadded(to: 2))"
    if second != 0 { text += ":\(String(second).leftPadded(to: 2))" }
    return text
  }

  public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
    lhs.localSecondsSinceEpoch < rhs.localSecondsSinceEpoch
  }

  /// `+01:00`, `-04:00`, `+00:00` for an offset in seconds.
  public static func offsetText(_ seconds: Int) -> String {
    let sign = seconds < 0 ? "-" : "+"
    let magnitude = abs(seconds)
    let hours = String(magnitude / 3600).leftPadded(to: 2)
    let minutes = String(magnitude % 3600 / 60).leftPadded(to: 2)
    return "\(sign)\(hours):\(minutes)"
  }
}

extension LocalDateTime: TextCodable {
  /// Reads the text form `2026-11-30T08:00`.
  public init(codableText text: String) throws(ValueError) { try self.init(parsing: text) }
}

extension LocalDateTime: CustomStringConvertible {
  public var description: String { text }
}
