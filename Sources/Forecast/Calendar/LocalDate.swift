import Foundation

/// A calendar day without a time zone, as planners write it: `2026-11-30`.
///
/// Arithmetic uses the proleptic Gregorian calendar through day numbers (days since 1970-01-01),
/// computed with Howard Hinnant's `days_from_civil` / `civil_from_days` algorithms
/// (https://howardhinnant.github.io/date_algorithms.html), so no Foundation `Calendar` is involved.
public struct LocalDate: Sendable, Hashable, Comparable, Strideable {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Creates a date; the caller guarantees a real day (use ``init(parsing:)`` for user input).
  public init(year: Int, month: Int, day: Int) {
    precondition(
      (1...12).contains(month) && (1...LocalDate.daysIn(month: month, year: year)).contains(day),
      "LocalDate \(year)-\(month)-\(day) does not exist")
    self.year = year
    self.month = month
    self.day = day
  }

  /// The date `days` days after 1970-01-01 (negative before).
  public init(daysSinceEpoch days: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
    self.month = m
    self.day = d
  }

  /// Parses `2026-11-30` (ISO 8601 calendar date; one-digit month and day are accepted).
  public init(parsing text: String) throws(ValueError) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4,
      (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else {
      throw ValueError("\"\(text)\" is not a date", remedy: "write it like 2026-11-30")
    }
    guard (1...12).contains(month), (1...LocalDate.daysIn(month: month, year: year)).contains(day)
    else {
      throw ValueError("\(trimmed) is not a day of the calendar", remedy: "check month and day")
    }
    self.init(year: year, month: month, day: day)
  }

  /// Days since 1970-01-01.
  public var daysSinceEpoch: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The ISO weekday (1970-01-01 was a Thursday).
  public var weekday: Weekday {
    let days = daysSinceEpoch
    return Weekday(rawValue: ((days % 7 + 7) % 7 + 3) % 7 + 1)!
  }

  /// The date `days` days later (earlier when negative).
  public func adding(days: Int) -> LocalDate { LocalDate(daysSinceEpoch: daysSinceEpoch + days) }

  /// `2026-11-30`.
  public var text: String {
    let y = String(year).leftPadded(to: 4)
    return "\(y)-\(String(month).leftPadded(to: 2))-\(String(day).leftPadded(to: 2))"
  }

  public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  public func distance(to other: LocalDate) -> Int { other.daysSinceEpoch - daysSinceEpoch }

  public func advanced(by n: Int) -> LocalDate { adding(days: n) }

  /// Days in a month of the Gregorian calendar.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}

extension LocalDate: TextCodable {
  /// Reads the text form `2026-11-30`.
  public init(codableText text: String) throws(ValueError) { try self.init(parsing: text) }
}

extension LocalDate: CustomStringConvertible {
  public var description: String { text }
}

extension String {
  /// Pads with leading zeros to `width` characters.
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
