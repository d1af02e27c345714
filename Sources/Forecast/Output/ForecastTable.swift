import Foundation

/// The forecast file: volume and handle time per channel and interval, with an 80 % interval.
///
/// Columns (docs/reference.md, Outputs): `channel,interval_start,volume,aht_seconds,volume_low,volume_high`.
/// `interval_start` is local wall-clock time of the plan's zone; in the repeated hour when clocks go
/// back it carries its UTC offset so each row names one real interval. Extra columns the writer adds
/// after these (`method`) are ignored by the reader.
public struct ForecastTable: Sendable, Equatable {
  /// One channel and interval.
  public struct Row: Sendable, Equatable {
    public var channel: String
    /// Start of the interval (an instant).
    public var start: Date
    /// Expected contacts arriving in the interval.
    public var volume: Double
    /// Expected mean handle time.
    public var handleTime: Duration
    /// 10th and 90th percentiles of the volume.
    public var low: Double
    public var high: Double
    /// The method that made it (informational).
    public var method: String

    public init(channel: String, start: Date, volume: Double, handleTime: Duration, low: Double, high: Double,
                method: String = "") {
      self.channel = channel
      self.start = start
      self.volume = volume
      self.handleTime = handleTime
      self.low = low
      self.high = high
      self.method = method
    }
  }

  public var rows: [Row]

  public init(rows: [Row]) { self.rows = rows }

  static let columns = ["channel", "interval_start", "volume", "aht_seconds", "volume_low", "volume_high"]

  /// The CSV text, rows in the order given.
  public func csv(calendar: PlanningCalendar) -> String {
    var text = (Self.columns + ["method"]).joined(separator: ",") + "\n"
    text.reserveCapacity(rows.count * 64)
    for row in rows {
      let figures = Self.figures(row)
      text += CSVText.line([
        row.channel, calendar.text(for: row.start), figures.volume, figures.handle, figures.low, figures.high, row.method,
      ])
    }
    return text
  }

  /// The forecast as `read` gives it back from `csv`: every figure cut to the digits the file
  /// keeps. `whatif` plans from this so its base column is the roster `plan` writes (which reads
  /// its forecast.csv back): on a planner's utility week the two disagreed by 0.7 points of
  /// service level with the same paid hours.
  public func asWritten() -> ForecastTable {
    ForecastTable(rows: rows.map { row in
      let figures = Self.figures(row)
      var cut = row
      cut.volume = Double(figures.volume) ?? row.volume
      cut.handleTime = .seconds(real: Double(figures.handle) ?? row.handleTime.inSeconds)
      cut.low = Double(figures.low) ?? row.low
      cut.high = Double(figures.high) ?? row.high
      return cut
    })
  }

  /// A row's figures as the file writes them (one place, so `csv` and `asWritten` cut alike).
  static func figures(_ row: Row) -> (volume: String, handle: String, low: String, high: String) {
    (CSVText.number(row.volume), CSVText.number(row.handleTime.inSeconds, decimals: 1), CSVText.number(row.low),
     CSVText.number(row.high))
  }

  /// Reads a forecast file; channels must be among `channels`.
  public static func read(path: String, name: String? = nil, calendar: PlanningCalendar, channels: Set<String>)
    throws -> ForecastTable
  {
    let file = name ?? path
    var header: CSVHeader?
    var rows: [Row] = []
    struct Key: Hashable {
      let channel: Int
      let start: Date
    }
    var seen: Set<Key> = []
    // Positions resolved once from the header; the calendar's resolver (a class) used directly, so
    // a row costs no dictionary lookup or copy of the calendar (350,400 rows read in about 0.5 s).
    var at = (channel: 0, start: 0, volume: 0, handle: 0, low: 0, high: 0, method: Int?.none)
    let resolver = calendar.resolver
    let parseOther = { (text: String) throws(ValueError) -> Date in try calendar.instant(parsing: text) }
    let known = channels.sorted()
    try CSVReader(path: path, name: file).forEachRow { csv in
      if header == nil {
        let read = try CSVHeader(
          csv, file: file, required: columns, example: columns.joined(separator: ","),
          remedy: "give a file written by staffplan forecast (\(columns.joined(separator: ",")))")
        header = read
        at = (
          read["channel"], read["interval_start"], read["volume"], read["aht_seconds"], read["volume_low"],
          read["volume_high"], read.position("method")
        )
        return
      }
      let channel = csv[at.channel]
      guard let channelNumber = known.firstIndex(of: channel) else {
        throw InputError(
          file: file, line: csv.line, field: "channel", problem: "unknown channel \"\(channel)\"",
          remedy: "the plan's channels are \(known.joined(separator: ", "))")
      }
      let start: Date
      do {
        let text = csv[at.start]
        if let local = LocalDateTime.parseCompact(text) {
          start = try resolver.instant(for: local)
        } else {
          start = try parseOther(text)
        }
      } catch let error as ValueError {
        throw InputError(file: file, line: csv.line, field: "interval_start", error)
      }
      guard seen.insert(Key(channel: channelNumber, start: start)).inserted else {
        throw InputError(
          file: file, line: csv.line, field: "interval_start",
          problem: "\(channel) at \(csv[at.start]) appears twice", remedy: "keep one row per channel and interval")
      }
      func number(_ position: Int, _ column: String) throws(InputError) -> Double {
        let text = csv[position].trimmingSpaces
        guard let value = Double(text), value.isFinite, value >= 0, value < 1e9 else {
          throw InputError(
            file: file, line: csv.line, field: column, problem: "\"\(text)\" is not a number of zero or more",
            remedy: text.contains(",") ? "use a dot for decimals" : "give a number of zero or more")
        }
        return value
      }
      let volume = try number(at.volume, "volume")
      guard volume <= 1_000_000 else {
        throw InputError(
          file: file, line: csv.line, field: "volume", problem: "\(csv[at.volume]) contacts in one interval is not plausible",
          remedy: "check the column; volume is contacts per interval")
      }
      let handleSeconds = try number(at.handle, "aht_seconds")
      if handleSeconds == 0, volume > 0 {
        throw InputError(
          file: file, line: csv.line, field: "aht_seconds", problem: "a handle time of 0 s for \(csv[at.volume]) contacts",
          remedy: "give the mean handle time in seconds, above 0")
      }
      let low = try number(at.low, "volume_low")
      let high = try number(at.high, "volume_high")
      guard low <= volume + 1e-9, volume <= high + 1e-9 else {
        throw InputError(
          file: file, line: csv.line, field: "volume_low",
          problem: "volume \(volume) is not between volume_low \(low) and volume_high \(high)",
          remedy: "give volume_low <= volume <= volume_high")
      }
      rows.append(
        Row(channel: channel, start: start, volume: volume, handleTime: .seconds(real: handleSeconds),
            low: low, high: high, method: at.method.map { csv[$0] } ?? ""))
    }
    guard let header else {
      throw InputError(file: file, problem: "is empty", remedy: "give a file written by staffplan forecast")
    }
    if rows.isEmpty {
      throw InputError(
        file: file, line: header.line, problem: "has a header but no rows", remedy: "give a file written by staffplan forecast")
    }
    return ForecastTable(rows: rows)
  }
}

extension WeekCoverage.Remedy {
  /// A forecast for another week, or for more than the plan's week: forecast that one week.
  public static func forecast(_ calendar: PlanningCalendar) -> Self {
    let fix = "forecast that week (staffplan forecast --start \(calendar.week.text) --weeks 1) \(changeWeek)"
    return Self(otherWeek: fix, moreWeeks: fix)
  }
}
