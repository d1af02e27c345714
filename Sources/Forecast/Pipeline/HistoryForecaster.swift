import Foundation

/// Forecasts every channel of a plan from its contact history, on the plan's calendar.
///
/// Goals, in order: the right interval grid (real time, daylight saving, holidays, opening hours);
/// a method chosen by rolling-origin backtest at the horizon asked for (Taylor 2008: the best method
/// depends on the horizon); honest 80 % intervals calibrated on that backtest.
///
/// The models see a series of local time-of-day slots (96 a day with 15-minute intervals) from the
/// first day of history to the day before `start`, padded at the front to whole weeks; days without
/// rows are missing, holidays and closed hours are closed. In the horizon each real interval takes
/// its local slot's forecast: on a 25-hour day both occurrences of the repeated hour do, on a 23-hour
/// day the skipped slots are not output.
public struct HistoryForecaster: Sendable {
  /// Which method: the backtest's choice, or one named.
  public enum Choice: Sendable, Hashable {
    case automatic
    case named(String)
  }

  public var calendar: PlanningCalendar
  public var choice: Choice
  /// Weeks of rolling-origin backtest.
  public var backtestWeeks: Int

  public init(calendar: PlanningCalendar, choice: Choice = .automatic, backtestWeeks: Int = 8) {
    self.calendar = calendar
    self.choice = choice
    self.backtestWeeks = backtestWeeks
  }

  /// The method names `--method` accepts.
  public static var methodNames: [String] { allCandidates(DayCalendar(firstDate: LocalDate(year: 2000, month: 1, day: 1))).map(\.name) }

  /// Every method compared: the standard ones and the calendar-aware one on `days`.
  static func allCandidates(_ days: DayCalendar) -> [any ForecastMethod] {
    AutomaticForecaster.standardCandidates + [CalendarTopDown(calendar: days)]
  }

  /// The candidate methods for `choice` on the days `days`, or nil when a named method is unknown.
  public static func candidates(
    for choice: Choice, days: DayCalendar = DayCalendar(firstDate: LocalDate(year: 2000, month: 1, day: 1))
  ) -> [any ForecastMethod]? {
    let all = allCandidates(days)
    switch choice {
    case .automatic: return all
    case .named(let name):
      let key = Self.key(name)
      let matches = all.filter {
        Self.key($0.name) == key || Self.key(String($0.name.prefix { $0 != "(" })) == key
      }
      return matches.isEmpty ? nil : [matches[0]]
    }
  }

  private static func key(_ name: String) -> String {
    name.lowercased().filter { $0.isLetter || $0.isNumber }
  }

  /// Forecasts `channel` for the days `start ..< start + 7 * weeks`.
  ///
  /// Throws ``InputError`` when the channel has no history before `start`, or too little for any model.
  public func forecast(
    _ channel: ChannelArrivals, history: ContactHistory, start: LocalDate, weeks: Int, historyFile: String
  ) throws -> ChannelForecast {
    let perDay = calendar.intervalLength.perDay
    let days = history.days(of: channel.channel).filter { $0.date < start }
    guard let firstData = days.first?.date, let lastData = days.last?.date else {
      throw InputError(
        file: historyFile, field: "channel",
        problem: "has no rows for channel \(channel.channel) before \(start.text)",
        remedy: "add its history, or remove the channel from plan.yaml")
    }
    // Whole weeks back from the day before the horizon keep weekdays aligned with positions.
    let seriesEnd = lastData.adding(days: 1)
    let seriesStart = seriesEnd.adding(days: -7 * ((firstData.distance(to: seriesEnd) + 6) / 7))
    let byDate = Dictionary(uniqueKeysWithValues: days.map { ($0.date, $0.day) })
    var values: [Double?] = []
    var open: [Bool] = []
    var handle: [Double?] = []
    values.reserveCapacity(seriesStart.distance(to: seriesEnd) * perDay)
    for date in seriesStart..<seriesEnd {
      // Work that arrives while the center is closed (e-mail, messaging) is observed on holidays
      // too; a line channel only in its holiday hours.
      let day = byDate[date]
      for slot in 0..<perDay {
        let isOpen = isOpenSlot(channel, date, slot)
        open.append(isOpen)
        values.append(day?.volume(slot: slot))
        handle.append(day?.handleTime(slot: slot) ?? channel.handleTime.map(\.inSeconds))
      }
    }
    let series = SeasonalSeries(values: values, isOpen: open, intervalsPerDay: perDay)

    let horizonDays = seriesEnd.distance(to: start) + 7 * weeks
    var horizonOpen: [Bool] = []
    for date in seriesEnd..<seriesEnd.adding(days: horizonDays) {
      for slot in 0..<perDay { horizonOpen.append(isOpenSlot(channel, date, slot)) }
    }
    let horizon = horizonOpen.count
    var dayCalendar = DayCalendar(firstDate: seriesStart, holidays: calendar.holidays, specialDays: calendar.specialDays)
    dayCalendar.businessDays = calendar.businessDays
    dayCalendar.arrivesOnHolidays = channel.hours?.opensOnHolidays ?? true
    let forecaster = AutomaticForecaster(
      candidates: Self.candidates(for: choice, days: dayCalendar) ?? Self.allCandidates(dayCalendar),
      backtest: Backtest(weeks: backtestWeeks, horizonWeeks: max(1, (horizonDays + 6) / 7)))
    let result: ForecastResult
    do {
      result = try forecaster.forecast(series, horizon: horizon, open: horizonOpen)
    } catch let error as ForecastModelError {
      throw InputError(
        file: historyFile, field: "channel",
        problem: "channel \(channel.channel): \(error.reason)", remedy: "give at least one full week of history")
    }
    let handleTimes: [Double], handleFactors: [DayFactor]
    do {
      let plain = try HandleTimeModel().fit(volume: series, handleSeconds: handle).forecast(horizon: horizon)
      (handleTimes, handleFactors) = CalendarHandleTime(calendar: dayCalendar).adjust(
        plain, volume: series, handleSeconds: handle)
    } catch {
      throw missingHandleTimes(channel.channel, history, historyFile)
    }
    let rows = rowsFor(channel, result, handleTimes, from: seriesEnd, start: start, weeks: weeks)
    let outlierDates = result.outliers.map { seriesStart.adding(days: $0.day) }
    var forecast = ChannelForecast(
      channel: channel.channel, result: result, rows: rows, outlierDates: outlierDates, history: series,
      historyStart: seriesStart, handleFactors: handleFactors)
    let hoursPerInterval = Double(calendar.intervalLength.minutes) / 60
    forecast.shortBusinessDays = dayCalendar.shortBusinessWeekdays(of: series).map {
      ($0.weekday, Double($0.open) * hoursPerInterval, Double($0.longest) * hoursPerInterval)
    }
    forecast.businessWeekdays = dayCalendar.businessWeekdays(of: series)
    if channel.hours != nil {
      forecast.closedHours = ClosedHoursVolume.measure(
        series, firstDate: seriesStart, intervalLength: calendar.intervalLength, holidays: calendar.holidays)
    }
    if result.method == CalendarTopDown(calendar: dayCalendar).name, let factors = result.dayFactors {
      let dates = Array(start..<start.adding(days: 7 * weeks))
      let first = seriesStart.distance(to: start)
      let classes = dayCalendar.classes(
        days: first..<(first + dates.count), businessWeekdays: forecast.businessWeekdays)
      forecast.calendarDays = CalendarDay.noteworthy(
        dates, classes: classes, found: Dictionary(uniqueKeysWithValues: factors.map { ($0.dayClass, $0) }))
    }
    return forecast
  }

  /// Neither the history nor the plan gives the channel a handle time.
  private func missingHandleTimes(_ channel: String, _ history: ContactHistory, _ file: String) -> InputError {
    let remedy = "or give the channel its mean handle time in plan.yaml (aht: 240s)"
    guard let column = history.handleColumn else {
      return InputError(
        file: file, line: history.headerLine, field: "aht_seconds",
        problem: "the header has no handle-time column and channel \(channel) has no aht in plan.yaml",
        remedy: "add aht_seconds (per interval) or handle_seconds (per contact), \(remedy)")
    }
    return InputError(
      file: file, line: history.headerLine, field: column, problem: "channel \(channel) has no handle times",
      remedy: "give \(column) for its contacts, \(remedy)")
  }

  private func isOpenSlot(_ channel: ChannelArrivals, _ date: LocalDate, _ slot: Int) -> Bool {
    guard let hours = channel.hours else { return true }
    return hours.isOpen(date, minuteOfDay: slot * calendar.intervalLength.minutes, holidays: calendar.holidays)
  }

  /// One row per real interval of the output days where the channel is open.
  private func rowsFor(
    _ channel: ChannelArrivals, _ result: ForecastResult, _ handleTimes: [Double], from horizonStart: LocalDate,
    start: LocalDate, weeks: Int
  ) -> [ForecastTable.Row] {
    let perDay = calendar.intervalLength.perDay
    var rows: [ForecastTable.Row] = []
    for interval in calendar.intervals(in: start..<start.adding(days: 7 * weeks)) {
      let slot = interval.localStart.minuteOfDay / calendar.intervalLength.minutes
      let position = horizonStart.distance(to: interval.date) * perDay + slot
      guard result.point.isOpen[position] else { continue }
      rows.append(
        ForecastTable.Row(
          channel: channel.channel, start: interval.start, volume: result.mean[position],
          handleTime: .seconds(real: handleTimes[position]), low: result.low[position],
          high: result.high[position], method: result.method))
    }
    return rows
  }
}
