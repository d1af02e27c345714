import Foundation

/// A wall-clock time of day in whole minutes since midnight, from `00:00` to `24:00`.
///
/// `24:00` exists only as the end of a range (`00:00-24:00` is the whole day); parse it with
/// `allowingEndOfDay: true`. Opening hours and availability use minutes; seconds belong to
/// ``LocalDateTime``.
public struct TimeOfDay: Sendable, Hashable, Comparable {
  /// Minutes since midnight, 0...1440.
  public let minutes: Int

  /// Midnight at the start of the day.
  public static let midnight = TimeOfDay(minutes: 0)
  /// `24:00`, the end of the day.
  public static let endOfDay = TimeOfDay(minutes: 1440)

  public init(minutes: Int) {
    precondition((0...1440).contains(minutes), "a time of day is 0...1440 minutes, got \(minutes)")
    self.minutes = minutes
  }

  public init(hour: Int, minute: Int) { self.init(minutes: hour * 60 + minute) }

  /// Parses `08:00` or `8:00`; `24:00` only when `allowingEndOfDay` is true.
  public init(parsing text: String, allowingEndOfDay: Bool = false) throws(ValueError) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let parts = trimmed.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let hour = Int(parts[0]), let minute = Int(parts[1])
    else {
      throw ValueError("\"\(text)\" is not a time of day", remedy: "write it like 08:00 or 17:30")
    }
    if hour == 24, minute == 0 {
      guard allowingEndOfDay else {
        throw ValueError("24:00 is only an end", remedy: "start the day at 00:00")
      }
    } else if hour > 23 || minute > 59 {
      throw ValueError("\"\(text)\" is not a time of day", remedy: "use 00:00 to 23:59, or 24:00 as an end")
    }
    self.init(hour: hour, minute: minute)
  }

  public var hour: Int { minutes / 60 }
  public var minute: Int { minutes % 60 }

  /// `08:00`, `24:00`.
  public var text: String {
    "\(String(hour).leftPadded(to: 2)):\(String(minute).leftPadded(to: 2))"
  }

  public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}

extension TimeOfDay: TextCodable {
  /// Reads the text form `08:00`.
  public init(codableText text: String) throws(ValueError) { try self.init(parsing: text, allowingEndOfDay: true) }
}

extension TimeOfDay: CustomStringConvertible {
  public var description: String { text }
}
