import ArgumentParser
import Forecast
import Foundation
import Scheduler

/// `staffplan forecast`: volume and handle time per channel and interval, from history (docs/reference.md).
struct ForecastCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "forecast",
    abstract: "Forecast volume and handle time per channel and interval, with 80 % intervals.",
    discussion: HelpText.paragraphs(
      """
      Each channel's method is chosen by a rolling-origin backtest over the last 8 weeks of history at
      the horizon asked for (lowest relative RMSE: squared error is least for each interval's mean, which staffing needs, where WAPE would pick medians running low on sparse counts; ties go to the simpler method), unless --method names one:
      \(HistoryForecaster.methodNames.joined(separator: ", ")).
      Days far outside their weekday's usual range are left out of fitting and reported.
      volume_low/volume_high bound an 80 % prediction interval calibrated on the backtest's errors.

      Columns: channel,interval_start,volume,aht_seconds,volume_low,volume_high,method. Channels answered
      on line get their open intervals; e-mail and messaging get every interval (work arrives at any hour).

      Example:
        staffplan forecast --plan Data/demo --start 2026-11-29 --weeks 1 --backtest --out forecast.csv
      """))

  @Option(help: "The plan folder (plan.yaml, history.csv).")
  var plan: String
  @Option(help: "History file (default: history.csv in the plan folder).")
  var history: String?
  @Option(help: "First day to forecast, e.g. 2026-11-29.")
  var start: String
  @Option(help: "Weeks to forecast, 1 to 52.")
  var weeks: String = "1"
  @Option(help: "auto (backtest chooses) or a method name.")
  var method: String = "auto"
  @Flag(help: "Print each method's backtest error per channel, interval coverage and the choice.")
  var backtest = false
  @Option(help: "Where to write the forecast CSV.")
  var out: String

  func run() throws {
    let plan = try PlanReader.read(folder: plan)
    let start = try CLI.parse("--start", start) { text throws(ValueError) in try LocalDate(parsing: text) }
    guard let weeks = Int(weeks), (1...52).contains(weeks) else {
      throw InputError(file: "--weeks", problem: "\"\(weeks)\" is not a number of weeks", remedy: "give 1 to 52")
    }
    let choice: HistoryForecaster.Choice = method.lowercased() == "auto" ? .automatic : .named(method)
    guard HistoryForecaster.candidates(for: choice) != nil else {
      throw InputError(
        file: "--method", problem: "unknown method \"\(method)\"",
        remedy: "use auto or one of \(HistoryForecaster.methodNames.joined(separator: ", "))")
    }
    let forecasts = try PlanForecast.run(
      plan: plan, historyPath: history ?? "\(self.plan)/history.csv", start: start, weeks: weeks, choice: choice)
    if backtest { print(BacktestTable.text(forecasts, businessDays: plan.calendar.businessDays), terminator: "") }
    try AtomicFile.write(
      ForecastTable(rows: forecasts.flatMap(\.rows)).csv(calendar: plan.calendar), to: out)
    Progress.note("forecast: wrote \(out)")
  }
}

/// Reads history and forecasts every channel of a plan, reporting corrections and progress.
enum PlanForecast {
  static func run(
    plan: Plan, historyPath: String, start: LocalDate, weeks: Int, choice: HistoryForecaster.Choice
  ) throws -> [ChannelForecast] {
    let began = Date()
    let history = try HistoryReader(
      calendar: plan.calendar, channels: Set(plan.channels.map(\.id)),
      keptOnHolidays: plan.channelsWithHolidayHistory)
      .read(path: historyPath)
    // Notes wait while the run is quick, so a bad input that fails it prints its one error line only
    // (docs/reference.md, Exit codes and statuses); past a second they are progress and go out as they come.
    var notes = history.corrections.map { "note: " + $0.message(file: historyPath) }
    func say(_ line: String) {
      notes.append(line)
      guard Date().timeIntervalSince(began) >= 1 else { return }
      notes.forEach(Progress.note)
      notes.removeAll()
    }
    say("forecast: history read in \(Progress.seconds(since: began))")
    let forecaster = HistoryForecaster(calendar: plan.calendar, choice: choice)
    var result: [ChannelForecast] = []
    for channel in plan.channels {
      let arrivals = ChannelArrivals(
        channel: channel.id, hours: channel.kind.isDeferred ? nil : channel.hours, handleTime: channel.handleTime)
      let forecast = try forecaster.forecast(
        arrivals, history: history, start: start, weeks: weeks, historyFile: historyPath)
      if let fallback = forecast.result.point.fallback {
        say("note: \(channel.id): \(fallback.failedMethod) failed (\(fallback.reason)); used \(forecast.result.method)")
      }
      if !forecast.outlierDates.isEmpty {
        let dates = forecast.outlierDates.map(\.text).joined(separator: ", ")
        say("note: \(channel.id): days left out of fitting as outliers: \(dates)")
      }
      if let chosen = forecast.result.backtests.first(where: { $0.method == forecast.result.method }),
        abs(chosen.accuracy.bias) >= 0.1
      {
        // A planner's e-mail: SeasonalMedian chosen with bias -0.158, the week 20 % under every
        // week of history, and nothing said.
        say(String(
          format: "note: %@: %@ ran %.0f %% %@ over its backtest weeks (bias %+.3f): its level may lag the history's; check the forecast against recent weeks",
          channel.id, chosen.method, abs(chosen.accuracy.bias) * 100, chosen.accuracy.bias < 0 ? "low" : "high",
          chosen.accuracy.bias))
      }
      let shortDays = Set(forecast.shortBusinessDays.map(\.weekday))
      let withoutShort = Weekday.allCases.filter { forecast.businessWeekdays.contains($0) && !shortDays.contains($0) }
        .map(\.shortName).joined(separator: ",")
      for short in forecast.shortBusinessDays {
        say("note: \(channel.id): \(short.weekday.shortName) counts as a business day (open \(String(format: "%g", short.openHours)) h, "
          + "the longest day \(String(format: "%g", short.longestHours)) h): month starts and days after a holiday may land on it; "
          + "if it is no business day, list the business days in plan.yaml (business_days: \(withoutShort))")
      }
      if let closed = forecast.closedHours {
        // A planner who cut Saturday from the hours lost Saturday's calls from the forecast, silently.
        say("note: \(channel.id): \(closed.text); the forecast leaves them out: if those hours closed recently, "
          + "expect part of them in open hours (staffplan whatif moves closed demand: docs/whatif.md)")
      }
      for day in forecast.calendarDays.prefix(10) { say("note: \(channel.id): calendar moves \(day.note)") }
      if forecast.calendarDays.count > 10 {
        say("note: \(channel.id): and \(forecast.calendarDays.count - 10) more days the calendar moves by 15 % or more")
      }
      say("forecast: \(channel.id): \(forecast.result.method) (\(Progress.seconds(since: began)))")
      result.append(forecast)
    }
    notes.forEach(Progress.note)
    return result
  }
}

/// The `--backtest` table: per channel each method's WAPE, MASE, bias, and the choice.
enum BacktestTable {
  static func text(_ forecasts: [ChannelForecast], businessDays: Set<Weekday>? = nil) -> String {
    let businessDaysLine = businessDays.map { days in
      "    business days: \(Weekday.allCases.filter { days.contains($0) }.map(\.shortName).joined(separator: ",")) (plan.yaml business_days)\n"
    } ?? "    business days: from the channel's hours (weekdays open at least a third as long as its longest); plan.yaml business_days sets them\n"
    var text = ""
    for forecast in forecasts {
      let chosen = forecast.result.method
      let coverage = forecast.result.heldOutCoverage.map { String(format: "%.1f%%", $0 * 100) } ?? "n/a"
      text += "\(forecast.channel): chosen \(chosen); 80% interval coverage on held-out weeks \(coverage)\n"
      text += "  " + "method".padding(toLength: 42, withPad: " ", startingAt: 0) + "  WAPE    MASE    bias  origins   rRMSE\n"
      for report in forecast.result.backtests {
        let mark = report.method == chosen ? "*" : " "
        let name = (mark + report.method).padding(toLength: 42, withPad: " ", startingAt: 0)
        let a = report.accuracy
        text += "  \(name)" + String(format: "%6.3f  %6.3f  %+6.3f  %7d  %6.3f\n", a.wape, a.mase, a.bias, report.origins.count, a.relativeRMSE)
      }
      text += factorLines(forecast.result.dayFactors, of: "volume (CalendarTopDown, whole history")
      if forecast.result.dayFactors?.isEmpty == false {
        text += businessDaysLine
      }
      text += factorLines(forecast.handleFactors, of: "handle time (applied to every method's forecast")
      text += coverageLines(forecast.result.coverage, historyStart: forecast.historyStart)
    }
    return text
  }

  /// Held-out coverage of the chosen method's 80 % intervals per 2-hour block and per weekday,
  /// with the interval scores of the negative binomial intervals and of the residual quantiles.
  static func coverageLines(_ coverage: IntervalCoverage?, historyStart: LocalDate) -> String {
    guard let c = coverage else { return "" }
    func percent(_ x: Double?) -> String { x.map { String(format: "%.0f%%", $0 * 100) } ?? "-" }
    let hours = 24 / c.byBlock.count
    let blocks = c.byBlock.enumerated().compactMap { b, x in
      x.map { String(format: "%02d-%02d ", b * hours, (b + 1) * hours) + percent($0) }
    }
    let previous = c.previousByBlock.enumerated().compactMap { b, x in
      x.map { String(format: "%02d-%02d ", b * hours, (b + 1) * hours) + percent($0) }
    }
    let days = c.byWeekday.enumerated().compactMap { k, x in
      x.map { historyStart.adding(days: k).weekday.shortName + " " + percent($0) }
    }
    let score = c.meanScore
    return "  80% interval (negative binomial, dispersion per 2-hour block), held-out coverage "
      + "\(percent(c.overall)); interval score \(String(format: "%.2f", score.negativeBinomial)) "
      + "(residual quantiles: coverage \(percent(c.previousOverall)), score \(String(format: "%.2f", score.residualQuantiles)))\n"
      + "    by block: " + blocks.joined(separator: ", ") + "\n"
      + "    by block, residual quantiles: " + previous.joined(separator: ", ") + "\n"
      + "    by weekday: " + days.joined(separator: ", ") + "\n"
  }

  /// The calendar factors found on the whole history, one line each with the days behind it.
  static func factorLines(_ factors: [DayFactor]?, of what: String) -> String {
    guard let factors else { return "" }
    guard !factors.isEmpty else { return "  calendar factors on \(what)): no calendar day in the history\n" }
    var text = "  calendar factors on \(what); in brackets before shrinkage toward 1):\n"
    for f in factors {
      let days = "\(f.days) day\(f.days == 1 ? "" : "s")"
      text += "    " + f.dayClass.label.padding(toLength: 40, withPad: " ", startingAt: 0)
        + String(format: "x%.3f  (x%.3f)  %@\n", f.factor, f.unshrunk, days)
    }
    return text
  }
}
