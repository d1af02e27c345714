import Foundation

/// Reads `history.csv` (either layout) onto the plan's interval grid, streaming.
///
/// Goals, in order: refuse what cannot be trusted with the file, line and field; correct what real
/// exports routinely get wrong and report it (``HistoryCorrection``); keep memory bounded by the
/// number of channel-days, not rows, so millions of per-contact rows load in a few megabytes.
///
/// Refused: unknown channels, negative / non-numeric / non-finite / absurd volumes, negative
/// per-interval handle times, timestamps off the interval grid (per-interval layout), local times
/// that do not exist (spring-forward gap), two rows for one channel and interval, a row with more
/// fields than the header. Corrected and reported: rows out of time order, handle times of zero or
/// less (left out of the handle-time average), a repeated local time without an offset (the second
/// row is the second occurrence), rows on holidays of channels answered on line (left out: the
/// center was closed; e-mail and messaging that arrive on a holiday are kept, they are work, and so
/// are the rows of a channel with holiday hours).
public struct HistoryReader: Sendable {
  public var calendar: PlanningCalendar
  /// Channel ids the plan knows; rows of any other channel are refused.
  public var channels: Set<String>
  /// Channels whose rows on holidays are kept: contacts that arrive whether or not the center is
  /// open (e-mail, messaging), and channels with holiday hours (`Plan.channelsWithHolidayHistory`).
  public var keptOnHolidays: Set<String>

  public init(calendar: PlanningCalendar, channels: Set<String>, keptOnHolidays: Set<String> = []) {
    self.calendar = calendar
    self.channels = channels
    self.keptOnHolidays = keptOnHolidays
  }

  /// Reads the file at `path`; errors name it as `name`.
  public func read(path: String, name: String? = nil) throws -> ContactHistory {
    try read(CSVReader(path: path, name: name))
  }

  /// Reads history from any CSV source.
  public func read(_ reader: CSVReader) throws -> ContactHistory {
    var state = ReadState(calendar: calendar, file: reader.name, keptOnHolidays: keptOnHolidays)
    var columns: HistoryColumns?
    var headerLine = 1, sawRow = false
    let channels = self.channels  // not `self` in the per-row closure: copying it per row is costly
    try reader.forEachRow { row in
      guard let layout = columns else {
        columns = try HistoryColumns(header: row, file: reader.name)
        headerLine = row.line
        return
      }
      sawRow = true
      try state.add(row, layout, channels: channels)
    }
    guard columns != nil else {
      throw InputError(
        file: reader.name, problem: "is empty",
        remedy: "give a header timestamp,channel,volume[,aht_seconds] and one row per interval")
    }
    guard sawRow else {
      throw InputError(
        file: reader.name, line: headerLine, problem: "has a header but no rows",
        remedy: "add one row per channel and interval (or per contact) below the header")
    }
    try state.checkGrid(columns!, headerLine: headerLine)
    var history = state.history()
    history.headerLine = headerLine
    history.handleColumn = columns.flatMap { $0.handleName }
    return history
  }
}

/// What the reader keeps while streaming: the days so far and the day shapes met.
private struct ReadState {
  let calendar: PlanningCalendar
  let file: String
  var days: [String: [LocalDate: HistoryDay]] = [:]
  var shapes: [LocalDate: [UInt8]] = [:]
  var lastKey: [String: Int] = [:]
  var dayOffsets: [LocalDate: Int] = [:]
  var corrections: [HistoryCorrection.Kind: [String: HistoryCorrection]] = [:]
  var order: [HistoryCorrection] = []
  /// Per-interval rows: the greatest common divisor of their minutes of the day, and how many.
  var gridMinutes = 0
  var intervalRows = 0

  /// Copies of the calendar's parts used per row, so rows do not copy the calendar.
  let holidays: Set<LocalDate>
  let rules: RowRules
  let keptOnHolidays: Set<String>

  init(calendar: PlanningCalendar, file: String, keptOnHolidays: Set<String>) {
    self.calendar = calendar
    self.file = file
    self.keptOnHolidays = keptOnHolidays
    self.holidays = calendar.holidays.dates
    self.rules = RowRules(file: file, intervalLength: calendar.intervalLength)
  }

  mutating func add(_ row: CSVRow, _ layout: HistoryColumns, channels: Set<String>) throws {
    // Fewer fields than the header is a row cut short: its last columns would read as empty
    // (a handle time silently missing).
    if row.fields.count != layout.count {
      throw InputError(
        file: file, line: row.line,
        problem: "has \(row.fields.count) fields but the header has \(layout.count)",
        remedy: row.fields.count > layout.count
          ? "remove the extra fields, or quote a field that contains a comma"
          : "give every column of the header (an empty one as nothing between two commas)")
    }
    let channel = row[layout.channel].trimmingSpaces
    guard channels.contains(channel) else {
      let known = channels.sorted().joined(separator: ", ")
      let hint = NearestName.suggestion(for: channel, among: channels).map { "did you mean \"\($0)\"? " } ?? ""
      throw InputError(
        file: file, line: row.line, field: "channel",
        problem: channel.isEmpty ? "channel is empty" : "unknown channel \"\(channel)\"",
        remedy: "\(hint)the plan's channels are \(known); add it to plan.yaml or remove its rows")
    }
    let field = layout.form == .perInterval ? "timestamp" : "arrived_at"
    let (local, secondByOffset, offsetGiven) = try place(row[layout.timestamp], line: row.line, field: field)
    if holidays.contains(local.date), !keptOnHolidays.contains(channel) {
      note(.holidayRows, channel, row.line)
      return
    }
    let slot = local.minuteOfDay / rules.intervalLength.minutes
    if layout.form == .perInterval {
      gridMinutes = Self.gcd(gridMinutes, local.minuteOfDay)
      intervalRows += 1
    }
    // Order by the real instant: a row of the repeated hour is its second occurrence when its
    // offset says so or, without one, when its interval already has a row.
    var second = secondByOffset
    if !offsetGiven, layout.form == .perInterval, shape(of: local.date)[slot] == 2,
      (days[channel]?[local.date]?.rows[slot] ?? 0) >= 1
    {
      second = true
    }
    let key = try instantKey(local, second: second)
    if let last = lastKey[channel], key < last { note(.unsortedRows, channel, row.line) }
    lastKey[channel] = key
    let empty = HistoryDay(realIntervals: shape(of: local.date))
    // Mutated in place through the dictionaries by static functions: a method of `self` here would
    // make Swift copy `self` (and so every day) per row to keep `days` exclusively accessed.
    let corrected: HistoryCorrection.Kind?
    switch layout.form {
    case .perInterval:
      corrected = try Self.addInterval(
        row, layout, channel, local, slot, rules, offsetGiven, &days[channel, default: [:]][local.date, default: empty])
    case .perContact:
      corrected = try Self.addContact(row, layout, slot, rules, &days[channel, default: [:]][local.date, default: empty])
    }
    if let corrected { note(corrected, channel, row.line) }
  }

  /// Adds one per-interval row; returns the correction it needed, if any.
  private static func addInterval(
    _ row: CSVRow, _ layout: HistoryColumns, _ channel: String, _ local: LocalDateTime, _ slot: Int,
    _ rules: RowRules, _ offsetGiven: Bool, _ day: inout HistoryDay
  ) throws -> HistoryCorrection.Kind? {
    let file = rules.file, intervalLength = rules.intervalLength
    if local.minute % intervalLength.minutes != 0 || local.second != 0 {
      throw InputError(
        file: file, line: row.line, field: "timestamp",
        problem: "\(local.text) is not the start of a \(intervalLength.text) interval",
        remedy: "give interval starts (\(intervalLength.minutes == 60 ? "hh:00" : ":00, :\(String(intervalLength.minutes).leftPadded(to: 2)), ...")) or set interval in plan.yaml to the file's")
    }
    let allowed = max(1, Int(day.realIntervals[slot]))
    if Int(day.rows[slot]) >= allowed {
      throw InputError(
        file: file, line: row.line, field: "timestamp",
        problem: "\(channel) at \(local.text) appears twice",
        remedy: "keep one row per channel and interval")
    }
    // The second row of a repeated hour's interval is its second occurrence: noted only when no
    // UTC offset said which occurrence it is.
    let repeated = day.rows[slot] == 1 && !offsetGiven
    day.rows[slot] += 1
    let volume = try rules.number(row[layout.volume!], row.line, "volume", allowEmpty: false) ?? 0
    guard volume <= 1_000_000 else {
      throw InputError(
        file: file, line: row.line, field: "volume", problem: "\(row[layout.volume!]) contacts in one interval is not plausible",
        remedy: "check the column; volume is contacts per interval")
    }
    day.contacts[slot] += volume
    guard let column = layout.handle,
      let handle = try rules.number(row[column], row.line, "aht_seconds", allowEmpty: true, allowNegative: false)
    else { return repeated ? .repeatedLocalTime : nil }
    if handle <= 0 {
      return volume > 0 ? .nonPositiveHandleTime : (repeated ? .repeatedLocalTime : nil)
    }
    day.handleSeconds[slot] += handle * volume
    day.handled[slot] += volume
    return repeated ? .repeatedLocalTime : nil
  }

  /// Adds one per-contact row; returns the correction it needed, if any.
  private static func addContact(
    _ row: CSVRow, _ layout: HistoryColumns, _ slot: Int, _ rules: RowRules, _ day: inout HistoryDay
  ) throws -> HistoryCorrection.Kind? {
    day.contacts[slot] += 1
    guard let column = layout.handle,
      let handle = try rules.number(row[column], row.line, "handle_seconds", allowEmpty: true, allowNegative: true)
    else { return nil }
    if handle <= 0 { return .nonPositiveHandleTime }
    day.handleSeconds[slot] += handle
    day.handled[slot] += 1
    return nil
  }

  /// Seconds of the real instant (UTC) of a local time, its second occurrence when `second`; the
  /// day's offset is found once per day (the resolver only on daylight-saving days).
  private mutating func instantKey(_ local: LocalDateTime, second: Bool) throws -> Int {
    if shape(of: local.date).allSatisfy({ $0 == 1 }) {
      if let offset = dayOffsets[local.date] { return local.localSecondsSinceEpoch - offset }
      let midnight = LocalDateTime(date: local.date, hour: 0, minute: 0)
      let offset = midnight.localSecondsSinceEpoch - Int(try calendar.instant(for: midnight).timeIntervalSince1970)
      dayOffsets[local.date] = offset
      return local.localSecondsSinceEpoch - offset
    }
    let first = Int(try calendar.instant(for: local).timeIntervalSince1970)
    let fold = Int(calendar.length(of: local.date).inSeconds) - 86_400
    return first + (second ? max(0, fold) : 0)
  }

  /// The local day and time of a timestamp, whether it is a repeated hour's second occurrence (by
  /// its UTC offset), and whether it carried an offset.
  private mutating func place(_ text: String, line: Int, field: String) throws -> (LocalDateTime, Bool, Bool) {
    let parsed: (LocalDateTime, utcOffset: Int?)
    if let compact = LocalDateTime.parseCompact(text) {
      parsed = (compact, nil)
    } else {
      do {
        parsed = try LocalDateTime.parse(text)
      } catch {
        throw InputError(file: file, line: line, field: field, error)
      }
    }
    var local = parsed.0
    if let offset = parsed.utcOffset {
      let instant = Date(timeIntervalSince1970: TimeInterval(local.localSecondsSinceEpoch - offset))
      local = calendar.localTime(for: instant)
      let first = try? calendar.instant(for: local)
      return (local, first.map { $0 != instant } ?? false, true)
    }
    if shape(of: local.date).allSatisfy({ $0 == 1 }) { return (local, false, false) }
    do {
      _ = try calendar.instant(for: local)
    } catch {
      throw InputError(file: file, line: line, field: field, error)
    }
    return (local, false, false)
  }

  /// Per-interval rows on a coarser grid than the plan's are refused: 30-minute rows on a
  /// 15-minute plan left every :15 and :45 interval at zero contacts, and the forecast a sawtooth
  /// (19.2, 0, 19.2, 0) with no word said.
  func checkGrid(_ layout: HistoryColumns, headerLine: Int) throws {
    let minutes = rules.intervalLength.minutes
    guard layout.form == .perInterval, intervalRows >= 96, gridMinutes > minutes else { return }
    let every = gridMinutes % 60 == 0 ? "\(gridMinutes / 60) h" : "\(gridMinutes) minutes"
    throw InputError(
      file: file, line: headerLine, field: "timestamp",
      problem: "its \(intervalRows) rows come every \(every) (no timestamp between), but the plan's interval is \(rules.intervalLength.text): the intervals between would read as zero contacts",
      remedy: "give history in \(rules.intervalLength.text) rows (or per contact, arrived_at), or set interval in plan.yaml to the file's")
  }

  static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

  /// Real intervals per slot on `date`: all 1, except around a daylight-saving change.
  private mutating func shape(of date: LocalDate) -> [UInt8] {
    if let known = shapes[date] { return known }
    let length = calendar.intervalLength
    var counts = [UInt8](repeating: 0, count: length.perDay)
    if calendar.length(of: date) == .seconds(86_400) {
      counts = [UInt8](repeating: 1, count: length.perDay)
    } else {
      for interval in calendar.intervals(on: date) {
        counts[interval.localStart.minuteOfDay / length.minutes] += 1
      }
    }
    shapes[date] = counts
    return counts
  }

  private mutating func note(_ kind: HistoryCorrection.Kind, _ channel: String, _ line: Int) {
    if corrections[kind]?[channel] == nil {
      corrections[kind, default: [:]][channel] = HistoryCorrection(kind: kind, channel: channel, count: 0, firstLine: line)
    }
    corrections[kind]![channel]!.count += 1
  }

  func history() -> ContactHistory {
    let noted = corrections.values.flatMap(\.values).sorted { ($0.firstLine, $0.channel) < ($1.firstLine, $1.channel) }
    return ContactHistory(intervalLength: calendar.intervalLength, channels: days, corrections: noted)
  }
}

/// What checking one row needs, apart from the state being filled.
private struct RowRules {
  let file: String
  let intervalLength: IntervalLength

  func number(
    _ text: String, _ line: Int, _ field: String, allowEmpty: Bool, allowNegative: Bool = false
  ) throws -> Double? {
    let trimmed = text.trimmingSpaces
    if trimmed.isEmpty {
      if allowEmpty { return nil }
      throw InputError(file: file, line: line, field: field, problem: "\(field) is empty", remedy: "give a number (0 when nothing arrived)")
    }
    guard let value = Double(trimmed), value.isFinite, trimmed.lowercased() != "nan" else {
      let remedy = trimmed.contains(",") ? "use a dot for decimals" : "give a number"
      throw InputError(file: file, line: line, field: field, problem: "\"\(text)\" is not a number", remedy: remedy)
    }
    if value < 0, !allowNegative {
      throw InputError(file: file, line: line, field: field, problem: "\(trimmed) is negative", remedy: "give zero or more")
    }
    return value
  }
}
