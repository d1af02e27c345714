import Foundation
import Forecast
import Testing

@Suite("Forecasting a plan's channels from history")
struct HistoryForecasterTests {
  /// Ten weeks of a steady hourly pattern in New York, up to the week that ends daylight saving.
  func history(_ calendar: PlanningCalendar, weeks: Int = 10) throws -> ContactHistory {
    var text = "timestamp,channel,volume,aht_seconds\n"
    let first = LocalDate(year: 2026, month: 11, day: 1).adding(days: -7 * weeks)
    for interval in calendar.intervals(in: first..<LocalDate(year: 2026, month: 11, day: 1)) {
      let hour = interval.localStart.hour
      guard (8..<20).contains(hour) else { continue }
      text += "\(interval.startText),voice,\(10 + hour),\(100 + hour)\n"
    }
    return try HistoryReader(calendar: calendar, channels: ["voice", "email"])
      .read(CSVReader(text: text, name: "history.csv"))
  }

  let calendar = PlanningCalendar(
    timeZone: TimeZone(identifier: "America/New_York")!, intervalLength: IntervalLength(minutes: 60),
    week: LocalDate(year: 2026, month: 11, day: 1), holidays: [LocalDate(year: 2026, month: 11, day: 3)])

  @Test func forecastCoversOpenIntervalsOfTheDaylightSavingWeek() throws {
    var hours = OpeningHours()
    try hours.add(key: "daily", value: "08:00-20:00")
    let forecast = try HistoryForecaster(calendar: calendar, choice: .named("SeasonalNaive")).forecast(
      ChannelArrivals(channel: "voice", hours: hours), history: try history(calendar),
      start: calendar.week, weeks: 1, historyFile: "history.csv")
    // 7 days x 12 open hours, less the holiday on Tuesday.
    #expect(forecast.rows.count == 6 * 12)
    #expect(forecast.result.method == "SeasonalNaive")
    let sunday = forecast.rows.filter { calendar.localTime(for: $0.start).date == calendar.week }
    #expect(sunday.count == 12)
    // The same interval last week: 10 + hour contacts, 100 + hour seconds.
    #expect(sunday.first.map { calendar.localTime(for: $0.start).hour } == 8)
    #expect(sunday.first?.volume == 18)
    // Handle time: 108 s at 08:00, shrunk a little toward the channel's mean (about 115 s) by the
    // credibility weight n / (n + 30) with n = 8 weeks x 18 contacts = 144: 108 + (115 - 108) x 30/174.
    let handle = try #require(sunday.first?.handleTime.inSeconds)
    #expect(handle > 108.5 && handle < 110)
    for row in forecast.rows { #expect(row.low <= row.volume && row.volume <= row.high && row.low >= 0) }
  }

  @Test func deferredWorkIsForecastForEveryRealInterval() throws {
    var text = "timestamp,channel,volume,aht_seconds\n"
    for interval in calendar.intervals(in: LocalDate(year: 2026, month: 9, day: 6)..<calendar.week) {
      text += "\(interval.startText),email,3,300\n"
    }
    let history = try HistoryReader(calendar: calendar, channels: ["email"]).read(CSVReader(text: text, name: "h"))
    let forecast = try HistoryForecaster(calendar: calendar).forecast(
      ChannelArrivals(channel: "email", hours: nil), history: history, start: calendar.week, weeks: 1,
      historyFile: "h")
    // The week of 2026-11-01 has a 25-hour Sunday: 169 real hours, holiday included (e-mail arrives anyway).
    #expect(forecast.rows.count == 169)
    #expect(Set(forecast.rows.map(\.start)).count == 169)
    for row in forecast.rows { #expect(abs(row.volume - 3) < 1e-9) }
  }

  /// E-mail arrives on holidays, less than on other days: its rows there are kept and the
  /// calendar-aware model forecasts the next holiday at the share it learned (voice's are left out).
  @Test func deferredWorkOnHolidaysIsKeptAndForecastAtItsOwnLevel() throws {
    let holidays = (1...6).map { LocalDate(year: 2026, month: 9, day: 1).adding(days: 9 * $0) }
      + [LocalDate(year: 2026, month: 11, day: 3)]
    let calendar = PlanningCalendar(
      timeZone: TimeZone(identifier: "UTC")!, intervalLength: IntervalLength(minutes: 60),
      week: LocalDate(year: 2026, month: 11, day: 1), holidays: Holidays(holidays))
    var text = "timestamp,channel,volume,aht_seconds\n"
    for interval in calendar.intervals(in: LocalDate(year: 2026, month: 6, day: 7)..<calendar.week) {
      let hour = interval.localStart.hour
      guard (8..<20).contains(hour) else { continue }
      let volume = calendar.holidays.contains(interval.date) ? 6 : 10
      text += "\(interval.startText),email,\(volume),300\n\(interval.startText),voice,\(volume),300\n"
    }
    let history = try HistoryReader(calendar: calendar, channels: ["email", "voice"], keptOnHolidays: ["email"])
      .read(CSVReader(text: text, name: "h"))
    #expect(history.corrections.allSatisfy { $0.message(file: "h").contains("voice") })
    let forecast = try HistoryForecaster(calendar: calendar, choice: .named("CalendarTopDown")).forecast(
      ChannelArrivals(channel: "email", hours: nil), history: history, start: calendar.week, weeks: 1,
      historyFile: "h")
    func total(_ date: LocalDate) -> Double {
      forecast.rows.filter { calendar.localTime(for: $0.start).date == date }.reduce(0) { $0 + $1.volume }
    }
    // Every day but a holiday has the same volume: the holiday against the next day.
    let holiday = LocalDate(year: 2026, month: 11, day: 3)
    let ratio = total(holiday) / total(holiday.adding(days: 1))
    #expect(abs(ratio - 0.6) < 0.06, "holiday at \(ratio) of a usual day")
    #expect(forecast.calendarDays.contains { $0.date == holiday && $0.factors.map(\.dayClass) == [.holiday] })
  }

  @Test func channelWithoutHistoryIsNamed() throws {
    #expect(throws: InputError(
      file: "history.csv", field: "channel", problem: "has no rows for channel email before 2026-11-01",
      remedy: "add its history, or remove the channel from plan.yaml")
    ) {
      try HistoryForecaster(calendar: calendar).forecast(
        ChannelArrivals(channel: "email", hours: nil), history: try history(calendar), start: calendar.week,
        weeks: 1, historyFile: "history.csv")
    }
  }

  @Test func methodNamesMatchWithOrWithoutParameters() {
    #expect(HistoryForecaster.candidates(for: .named("seasonal-naive"))?.first?.name == "SeasonalNaive")
    #expect(HistoryForecaster.candidates(for: .named("SeasonalMovingAverage"))?.first?.name == "SeasonalMovingAverage(k=4)")
    #expect(HistoryForecaster.candidates(for: .named("prophet")) == nil)
  }
}
