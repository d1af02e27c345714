import Foundation

/// When one channel is open (or one agent available), per weekday, in wall-clock time.
///
/// Written in plan.yaml as a map from day keys to ranges:
/// `{ mon-fri: "08:00-20:00", sat: "09:00-13:00", sun: closed }`. A day not listed is closed. A
/// range crossing midnight belongs to the day it starts on and spills into the next: `fri:
/// "22:00-06:00"` opens Saturday 00:00-06:00 too, and `sun: "22:00-06:00"` opens Monday
/// 00:00-06:00 (the week wraps: the roster week's first Monday morning is open because of the
/// previous Sunday's range).
///
/// A channel may also give its hours on the plan's holidays with the key `holidays`
/// (`holidays: "00:00-24:00"` for an emergency line, `holidays: "09:00-13:00"`); without it a holiday
/// closes the channel for the whole date. Holiday ranges end by midnight: a holiday is one date.
///
/// Refused, each with a ``ValueError`` naming the entry: a day listed twice, overlapping ranges
/// (also through a spill-over into the next day), a range of no length. Times off the interval grid
/// are refused by ``checkGrid(_:)``, called once the interval length is known.
///
/// Readers build hours entry by entry with ``add(key:value:)`` (or ``Weekday/days(parsing:)``,
/// ``ranges(parsing:)`` and ``set(_:on:key:)``) so each error can carry the entry's line.
public struct OpeningHours: Sendable {
  /// The ranges of each listed day, in the order written; a listed day with none is closed.
  public private(set) var ranges: [Weekday: [TimeRange]] = [:]
  /// The ranges on a holiday; `nil` when a holiday closes the channel (the default).
  public private(set) var holidayRanges: [TimeRange]?
  /// The day key that listed each day, for "listed twice" messages.
  private var origins: [Weekday: String] = [:]
  /// One bit per minute of the week from Monday 00:00: set when open.
  private var mask = [UInt64](repeating: 0, count: (OpeningHours.minutesPerWeek + 63) / 64)

  static let minutesPerWeek = 7 * 1440

  /// Hours closed every day; add entries with ``add(key:value:)``.
  public init() {}

  /// Hours from entries `(day key, ranges)`, such as `[("mon-fri", "08:00-20:00")]`.
  public init(parsing entries: [(key: String, value: String)]) throws(ValueError) {
    for (key, value) in entries { try add(key: key, value: value) }
  }

  /// Open every minute of the week.
  public static var alwaysOpen: OpeningHours {
    var hours = OpeningHours()
    try! hours.set([TimeRange(start: .midnight, end: .endOfDay)], on: Weekday.allCases, key: "daily")
    return hours
  }

  /// Parses one value: `08:00-20:00`, `08:00-12:00,14:00-18:00`, `22:00-06:00` or `closed`.
  public static func ranges(parsing value: String) throws(ValueError) -> [TimeRange] {
    let trimmed = value.trimmingCharacters(in: .whitespaces)
    if trimmed.lowercased() == "closed" || trimmed.isEmpty { return [] }
    var ranges: [TimeRange] = []
    for part in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
      let range = try TimeRange(parsing: part.trimmingCharacters(in: .whitespaces))
      for other in ranges where Self.overlap(range.minutesFromDayStart, other.minutesFromDayStart) {
        throw ValueError(
          "\(range.text) overlaps \(other.text)", remedy: "merge them into one range or let one end where the next starts")
      }
      ranges.append(range)
    }
    return ranges
  }

  /// Adds one entry: a day key (`mon-fri`, `mon,wed`, `daily`, `fri-mon`, or `holidays`) and its
  /// ranges.
  public mutating func add(key: String, value: String) throws(ValueError) {
    if Self.isHolidayKey(key) {
      try setHolidays(try Self.ranges(parsing: value))
      return
    }
    let days = try Weekday.days(parsing: key)
    let ranges = try Self.ranges(parsing: value)
    try set(ranges, on: days, key: key)
  }

  /// True for the key of the holiday hours, `holidays`.
  public static func isHolidayKey(_ key: String) -> Bool {
    key.trimmingCharacters(in: .whitespaces).lowercased() == "holidays"
  }

  /// Sets the hours on holidays (`[]`: closed, as without the key); ranges end by midnight.
  public mutating func setHolidays(_ ranges: [TimeRange]) throws(ValueError) {
    guard holidayRanges == nil else { throw ValueError("holidays is listed twice", remedy: "list it once") }
    if let crossing = ranges.first(where: \.crossesMidnight) {
      throw ValueError(
        "holidays \(crossing.text) crosses midnight, but a holiday is one date",
        remedy: "end the holiday's hours by 24:00 (the next day keeps its own hours)")
    }
    holidayRanges = ranges
  }

  /// True when the channel is open at `minuteOfDay` of `date`: on a holiday (in `holidays`) only its
  /// holiday hours count, on any other date its weekday's, with ranges spilling over from the
  /// day before.
  public func isOpen(_ date: LocalDate, minuteOfDay: Int, holidays: Holidays) -> Bool {
    guard holidays.contains(date) else { return isOpen(date.weekday, minuteOfDay: minuteOfDay) }
    return holidayRanges?.contains { $0.minutesFromDayStart.contains(minuteOfDay) } ?? false
  }

  /// True when the channel opens on holidays at all.
  public var opensOnHolidays: Bool { holidayRanges?.isEmpty == false }

  /// Sets the ranges of days not listed before; `key` names the entry in messages.
  public mutating func set(_ newRanges: [TimeRange], on days: [Weekday], key: String? = nil)
    throws(ValueError)
  {
    let key = key ?? days.map(\.shortName).joined(separator: ",")
    for day in days {
      if let first = origins[day] {
        let place = first == key ? "twice in \(key)" : "in \(first) and again in \(key)"
        throw ValueError(
          "\(day.shortName) is listed \(place)", remedy: "list each day once")
      }
    }
    var updated = self
    for day in days {
      updated.origins[day] = key
      updated.ranges[day] = newRanges
      for range in newRanges {
        let minutes = range.minutesFromDayStart
        let base = day.offsetFromMonday * 1440
        for minute in minutes where updated.isOpen(weekMinute: base + minute) {
          let clash = updated.range(covering: base + minute) ?? (day, range)
          throw ValueError(
            "\(day.shortName) \(range.text) overlaps \(clash.0.shortName) \(clash.1.text)",
            remedy: "merge them into one range or let one end where the next starts")
        }
        for minute in minutes { updated.setOpen(weekMinute: base + minute) }
      }
    }
    self = updated
  }

  /// The ranges written for a day (empty when closed or not listed).
  public func ranges(on day: Weekday) -> [TimeRange] { ranges[day] ?? [] }

  /// True when the wall-clock minute `minuteOfDay` (0..<1440) of `day` is open, counting ranges
  /// spilling over from the previous day.
  public func isOpen(_ day: Weekday, minuteOfDay: Int) -> Bool {
    isOpen(weekMinute: day.offsetFromMonday * 1440 + minuteOfDay)
  }

  /// Open minutes in a week of 24-hour days.
  public var openMinutesPerWeek: Int { mask.reduce(0) { $0 + $1.nonzeroBitCount } }

  /// True when no range is open in the week.
  public var isAlwaysClosed: Bool { mask.allSatisfy { $0 == 0 } }

  /// Refuses any range end off the interval grid (08:10 with 15-minute intervals).
  public func checkGrid(_ length: IntervalLength) throws(ValueError) {
    for day in Weekday.allCases {
      for range in ranges(on: day) {
        do {
          try range.checkGrid(length)
        } catch {
          throw ValueError("\(day.shortName) \(error.problem)", remedy: error.remedy)
        }
      }
    }
  }

  /// `mon 08:00-20:00; sat 09:00-13:00`, days in week order, closed days left out.
  public var text: String {
    Weekday.allCases.compactMap { day in
      let list = ranges(on: day)
      return list.isEmpty ? nil : "\(day.shortName) \(list.map(\.text).joined(separator: ","))"
    }.joined(separator: "; ")
  }

  private func isOpen(weekMinute: Int) -> Bool {
    let minute = weekMinute % Self.minutesPerWeek
    return mask[minute >> 6] & (1 << UInt64(minute & 63)) != 0
  }

  private mutating func setOpen(weekMinute: Int) {
    let minute = weekMinute % Self.minutesPerWeek
    mask[minute >> 6] |= 1 << UInt64(minute & 63)
  }

  private func range(covering weekMinute: Int) -> (Weekday, TimeRange)? {
    let minute = weekMinute % Self.minutesPerWeek
    for day in Weekday.allCases {
      for range in ranges(on: day) {
        let base = day.offsetFromMonday * 1440
        let span = range.minutesFromDayStart
        if span.contains(minute - base) || span.contains(minute - base + Self.minutesPerWeek) {
          return (day, range)
        }
      }
    }
    return nil
  }

  private static func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
    a.overlaps(b) || a.overlaps(b.lowerBound + 1440..<b.upperBound + 1440)
      || (a.lowerBound + 1440..<a.upperBound + 1440).overlaps(b)
  }
}

extension OpeningHours: Hashable {
  public static func == (lhs: OpeningHours, rhs: OpeningHours) -> Bool {
    lhs.ranges == rhs.ranges && lhs.holidayRanges == rhs.holidayRanges
  }
  public func hash(into hasher: inout Hasher) {
    hasher.combine(ranges)
    hasher.combine(holidayRanges)
  }
}

extension OpeningHours: Codable {
  /// Encodes as a map from short day names to range lists: `{"mon": "08:00-20:00", "sun": "closed"}`.
  public func encode(to encoder: any Encoder) throws {
    var map: [String: String] = [:]
    for (day, list) in ranges {
      map[day.shortName] = list.isEmpty ? "closed" : list.map(\.text).joined(separator: ",")
    }
    if let list = holidayRanges { map["holidays"] = list.isEmpty ? "closed" : list.map(\.text).joined(separator: ",") }
    var container = encoder.singleValueContainer()
    try container.encode(map)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let map = try container.decode([String: String].self)
    do {
      try self.init(parsing: map.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) })
    } catch {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "\(error.problem); \(error.remedy)")
    }
  }
}
