/// A history of values per interval with a daily and a weekly seasonal period.
///
/// This is what every forecasting model sees: no calendar, no time zone, just interval values in
/// time order, starting at the first interval of a day. The calendar (opening hours, daylight
/// saving, holidays) is resolved before a series is built.
///
/// - `values[i] == nil` on an open interval means the value is missing (an open day without data).
/// - `isOpen[i] == false` means the interval was closed: its value carries no information about
///   demand. Models skip closed intervals like missing ones and forecast 0 where the horizon is
///   closed, so a holiday in the history does not drag the next week's forecast to zero.
///
/// The daily period is `intervalsPerDay`, the weekly period `7 * intervalsPerDay`.
///
/// ```swift
/// let s = SeasonalSeries(values: [3, 5, nil, 4], intervalsPerDay: 2)
/// s.weekLength  // 14
/// ```
public struct SeasonalSeries: Sendable, Hashable, Codable {
  /// Observed volume per interval; `nil` = missing.
  public var values: [Double?]
  /// Whether each interval was open.
  public var isOpen: [Bool]
  /// Intervals in one day (96 for 15-minute intervals).
  public var intervalsPerDay: Int

  /// Creates a series; every interval is open unless `isOpen` says otherwise.
  public init(values: [Double?], isOpen: [Bool]? = nil, intervalsPerDay: Int) {
    precondition(intervalsPerDay > 0, "intervalsPerDay must be positive")
    precondition(isOpen == nil || isOpen!.count == values.count, "isOpen must have one flag per value")
    self.values = values
    self.isOpen = isOpen ?? Array(repeating: true, count: values.count)
    self.intervalsPerDay = intervalsPerDay
  }

  /// Number of intervals.
  public var count: Int { values.count }
  /// Intervals in one week: the weekly seasonal period.
  public var weekLength: Int { 7 * intervalsPerDay }
  /// Number of days, counting a trailing partial day.
  public var dayCount: Int { (count + intervalsPerDay - 1) / intervalsPerDay }

  /// The value a model learns from: the observation on an open interval, `nil` when missing or closed.
  public func observation(_ i: Int) -> Double? {
    isOpen[i] ? values[i] : nil
  }

  /// Observations as a flat array, `.nan` where missing or closed (for the models' inner loops).
  var observations: [Double] {
    var out = [Double](repeating: .nan, count: count)
    for i in 0..<count where isOpen[i] {
      if let v = values[i] { out[i] = Swift.max(0, v) }
    }
    return out
  }

  /// Each whole day's total over its open intervals (`observations` passed in as `y`); `nan` for a
  /// day with no open interval or a missing one. A trailing partial day is left out.
  func dailyTotals(_ y: [Double]) -> [Double] {
    let ipd = intervalsPerDay
    return (0..<(count / ipd)).map { j in
      var sum = 0.0, open = 0
      for t in (j * ipd)..<((j + 1) * ipd) where isOpen[t] {
        guard y[t].isFinite else { return .nan }
        open += 1
        sum += y[t]
      }
      return open > 0 ? sum : .nan
    }
  }

  /// The first `n` intervals.
  public func prefix(_ n: Int) -> SeasonalSeries {
    SeasonalSeries(values: Array(values.prefix(n)), isOpen: Array(isOpen.prefix(n)),
                   intervalsPerDay: intervalsPerDay)
  }

  /// The same series with the given days (0-based day indices) marked missing.
  public func removingDays(_ days: some Sequence<Int>) -> SeasonalSeries {
    var copy = self
    for day in days {
      let start = day * intervalsPerDay
      for i in start..<Swift.min(count, start + intervalsPerDay) { copy.values[i] = nil }
    }
    return copy
  }

  /// Opening of the `horizon` intervals after the history, assumed from the recent weeks.
  ///
  /// An interval is open when it was open in at least half of the last four weeks at the same
  /// position, so one holiday does not close next week. Use the calendar's flags when you have them.
  public func assumedFutureOpening(horizon: Int) -> [Bool] {
    (0..<horizon).map { h in
      let t = count + h
      var seen = 0, open = 0
      var k = 1
      while seen < 4, t - k * weekLength >= 0 {
        let j = t - k * weekLength
        if j < count { seen += 1; if isOpen[j] { open += 1 } }
        k += 1
      }
      return seen == 0 || 2 * open >= seen
    }
  }
}
