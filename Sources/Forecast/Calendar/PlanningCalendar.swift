import Foundation

/// The time grid of a plan: time zone, interval length, roster week and holidays.
///
/// Goals, in priority order:
/// 1. Real elapsed time: intervals are cut from instants, so daylight-saving days have 23 or 25
///    hours of intervals (docs/reference.md, Units), and every timestamp written can be read back to the same
///    instant.
/// 2. Speed: ``intervals(in:)`` works per day (day bounds and offset changes are looked up once per
///    day from a cached ``LocalTimeResolver``) and then steps by arithmetic, so a forecast horizon of
///    ~70,000 intervals costs a few hundred zone look-ups.
///
/// Timestamps in files are the plan's local wall-clock time, `2026-11-30T08:00` (seconds only when
/// not zero). Decisions, documented in the README:
/// - Output: a wall-clock time that occurs twice (the repeated hour when clocks go back) is written
///   with its UTC offset on both occurrences, `2026-11-01T01:30-04:00` then `2026-11-01T01:30-05:00`,
///   so the file stays unambiguous and reads back exactly.
/// - Input: a trailing `Z` or `+hh:mm` offset gives the exact instant. A repeated wall-clock time
///   without one means its first occurrence (the earlier, daylight-time instant). A time in the
///   spring-forward gap is an error naming the jump.
/// - Holidays close their whole calendar day (see ``Holidays``).
/// - Opening hours wrap over the week end: the roster week's Monday 00:00-06:00 is open when the
///   hours say `sun: "22:00-06:00"`, as if the previous week's Sunday night spilled over.
public struct PlanningCalendar: Sendable {
  public let timeZone: TimeZone
  public let intervalLength: IntervalLength
  /// The first day of the 7-day roster week; weeks of every date range are counted from it.
  public let week: LocalDate
  public let holidays: Holidays
  /// Days the planner expects to run unlike their weekday (plan.yaml `special_days`); only the
  /// calendar-aware forecast reads them.
  public var specialDays: [SpecialDay] = []
  /// The weekdays that count as business days for the calendar-aware forecast (plan.yaml
  /// `business_days`); nil: found from each channel's opening hours.
  public var businessDays: Set<Weekday>?
  /// The cached converter between instants and this zone's wall clock.
  public let resolver: LocalTimeResolver

  public init(timeZone: TimeZone, intervalLength: IntervalLength, week: LocalDate, holidays: Holidays = []) {
    self.timeZone = timeZone
    self.intervalLength = intervalLength
    self.week = week
    self.holidays = holidays
    self.resolver = LocalTimeResolver(timeZone: timeZone)
  }

  /// A calendar in the IANA zone `timeZoneIdentifier`; an unknown name suggests the nearest one.
  public init(
    timeZoneIdentifier: String, intervalLength: IntervalLength, week: LocalDate, holidays: Holidays = []
  ) throws(ValueError) {
    self.init(
      timeZone: try Self.timeZone(named: timeZoneIdentifier), intervalLength: intervalLength,
      week: week, holidays: holidays)
  }

  /// The IANA time zone named `name` (`America/Sao_Paulo`), or an error suggesting the nearest
  /// known identifier by edit distance on the whole name or on its city part.
  public static func timeZone(named name: String) throws(ValueError) -> TimeZone {
    let trimmed = name.trimmingCharacters(in: .whitespaces)
    if let region = TimeZone.abbreviationDictionary[trimmed.uppercased()], !["UTC", "GMT"].contains(trimmed.uppercased()) {
      // "EST" is a fixed offset all year, "CST" follows US rules: neither is what a planner in
      // New York or Mexico City means, and the difference is an hour twice a year.
      throw ValueError(
        "\"\(name)\" is a time zone abbreviation, which says nothing certain about daylight saving",
        remedy: "use the IANA name of the center's city, for example \"\(region)\"")
    }
    if !trimmed.isEmpty, let zone = TimeZone(identifier: trimmed) { return zone }
    let known = TimeZone.knownTimeZoneIdentifiers
    let wantedText = trimmed.lowercased().replacingOccurrences(of: " ", with: "_")
    let wanted = Array(wantedText)
    let wantedCity = Array(wantedText.split(separator: "/").last.map(String.init) ?? "")
    var best: (name: String, distance: Int)?
    for identifier in known {
      let lowered = identifier.lowercased()
      let city = Array(lowered.split(separator: "/").last.map(String.init) ?? lowered)
      let distance = min(
        NearestName.editDistance(wanted, Array(lowered)),
        NearestName.editDistance(wantedCity, city) + (wanted.contains("/") ? 1 : 0))
      if best == nil || distance < best!.distance { best = (identifier, distance) }
    }
    let hint = best.map { "did you mean \"\($0.name)\"? " } ?? ""
    throw ValueError(
      "\"\(name)\" is not a known time zone",
      remedy: "\(hint)use an IANA name like America/Sao_Paulo or Europe/Lisbon")
  }

  /// The roster week's days.
  public var weekDays: Range<LocalDate> { week..<week.adding(days: 7) }

  /// The roster week's intervals in time order.
  public func weekIntervals() -> [Interval] { intervals(in: weekDays) }

  /// One day's intervals in time order.
  public func intervals(on date: LocalDate) -> [Interval] { intervals(in: date..<date.adding(days: 1)) }

  /// The intervals of a range of local days, in time order, cut from real elapsed time.
  ///
  /// Each day runs from its first instant to the next day's first; the last interval of a day whose
  /// length is not a multiple of the interval length (zones with half-hour changes) is shortened.
  public func intervals(in days: Range<LocalDate>) -> [Interval] {
    let step = intervalLength.seconds
    var result: [Interval] = []
    result.reserveCapacity(days.count * (intervalLength.perDay + 4))
    var index = 0
    var dayStart = days.isEmpty ? 0 : resolver.startOfDay(days.lowerBound)
    for (position, date) in days.enumerated() {
      let fromWeekStart = ((week.distance(to: date) % 7) + 7) % 7
      if fromWeekStart == 0 {
        index = 0
      } else if position == 0 {
        index = intervalCount(in: date.adding(days: -fromWeekStart)..<date)
      }
      let dayEnd = resolver.startOfDay(date.adding(days: 1))
      let changes = resolver.transitions(in: (dayStart - 86_400)..<(dayEnd + 86_400))
      var offset = resolver.utcOffset(atInstantSeconds: dayStart)
      var pending = changes.filter { $0.at > dayStart }[...]
      var time = dayStart
      while time < dayEnd {
        while let next = pending.first, next.at <= time {
          offset = next.after
          pending = pending.dropFirst()
        }
        let repeated = changes.contains { change in
          let fold = change.before - change.after
          return fold > 0 && time >= change.at - fold && time < change.at + fold
        }
        let end = min(time + step, dayEnd)
        result.append(
          Interval(
            start: Date(timeIntervalSince1970: TimeInterval(time)),
            end: Date(timeIntervalSince1970: TimeInterval(end)), date: date,
            localStart: LocalDateTime(localSecondsSinceEpoch: time + offset), indexInWeek: index,
            utcOffset: offset, isRepeatedLocalTime: repeated))
        index += 1
        time = end
      }
      dayStart = dayEnd
    }
    return result
  }

  /// The number of intervals in a range of days, without building them.
  public func intervalCount(in days: Range<LocalDate>) -> Int {
    let step = intervalLength.seconds
    return days.reduce(0) { total, date in
      let bounds = resolver.dayBounds(date)
      return total + (bounds.count + step - 1) / step
    }
  }

  /// The real length of a local day: 23, 24 or 25 hours around daylight-saving changes.
  public func length(of date: LocalDate) -> Duration { .seconds(resolver.dayBounds(date).count) }

  /// True when a channel with these hours is open in the interval: the hours are open at its
  /// wall-clock start (ranges from the previous day spill over); on a holiday only the channel's
  /// holiday hours count (none: closed).
  public func isOpen(_ interval: Interval, _ hours: OpeningHours) -> Bool {
    hours.isOpen(interval.date, minuteOfDay: interval.localStart.minuteOfDay, holidays: holidays)
  }

  /// The instant of a wall-clock time; in the repeated hour its first (daylight-time) occurrence.
  public func instant(for local: LocalDateTime) throws(ValueError) -> Date {
    try resolver.instant(for: local)
  }

  /// The wall-clock time of an instant.
  public func localTime(for instant: Date) -> LocalDateTime { resolver.localTime(for: instant) }

  /// Reads a file timestamp: local `2026-11-30T08:00[:SS]`, or with a trailing `Z` / `+hh:mm`.
  public func instant(parsing text: String) throws(ValueError) -> Date {
    if let local = LocalDateTime.parseCompact(text) { return try resolver.instant(for: local) }
    let (local, offset) = try LocalDateTime.parse(text)
    return try resolver.instant(for: local, utcOffset: offset)
  }

  /// Reads a file timestamp and converts it to the plan's wall-clock time.
  public func localTime(parsing text: String) throws(ValueError) -> LocalDateTime {
    let (local, offset) = try LocalDateTime.parse(text)
    guard offset != nil else {
      _ = try resolver.instant(for: local)
      return local
    }
    return localTime(for: try resolver.instant(for: local, utcOffset: offset))
  }

  /// Writes an instant as a file timestamp: `2026-11-30T08:00`, with the UTC offset appended when
  /// the wall-clock time occurs twice that day (`2026-11-01T01:30-05:00`).
  public func text(for instant: Date) -> String {
    let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
    let offset = resolver.utcOffset(atInstantSeconds: seconds)
    let local = LocalDateTime(localSecondsSinceEpoch: seconds + offset)
    return resolver.isRepeated(local) ? local.text + LocalDateTime.offsetText(offset) : local.text
  }
}

extension PlanningCalendar: Hashable {
  public static func == (lhs: PlanningCalendar, rhs: PlanningCalendar) -> Bool {
    lhs.timeZone.identifier == rhs.timeZone.identifier && lhs.intervalLength == rhs.intervalLength
      && lhs.week == rhs.week && lhs.holidays == rhs.holidays
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(timeZone.identifier)
    hasher.combine(intervalLength)
    hasher.combine(week)
  }
}

extension PlanningCalendar: Codable {
  private enum CodingKeys: String, CodingKey { case timezone, interval, week, holidays }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(timeZone.identifier, forKey: .timezone)
    try container.encode(intervalLength, forKey: .interval)
    try container.encode(week, forKey: .week)
    try container.encode(holidays, forKey: .holidays)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let name = try container.decode(String.self, forKey: .timezone)
    let zone: TimeZone
    do {
      zone = try Self.timeZone(named: name)
    } catch {
      throw DecodingError.dataCorruptedError(
        forKey: .timezone, in: container, debugDescription: "\(error.problem); \(error.remedy)")
    }
    self.init(
      timeZone: zone, intervalLength: try container.decode(IntervalLength.self, forKey: .interval),
      week: try container.decode(LocalDate.self, forKey: .week),
      holidays: try container.decodeIfPresent(Holidays.self, forKey: .holidays) ?? [])
  }
}
