import Foundation
import Testing
@testable import Forecast

/// The calendar-aware model: day classes, factors recovered, closed days, no effect where none.
@Suite struct CalendarTopDownTests {
  /// 2025-01-05 is a Sunday: ``SyntheticSeries/rate(_:)`` opens Sunday to Friday (Friday quieter).
  static let firstDate = LocalDate(year: 2025, month: 1, day: 5)
  /// Nine holidays on Mondays to Thursdays through the year.
  static let holidayDays = stride(from: 5, to: 50, by: 5).map { $0 * 7 + $0 % 4 + 1 }
  static let business: Set<Weekday> = [.sunday, .monday, .tuesday, .wednesday, .thursday, .friday]
  static let billing = SpecialDay(name: "billing", rule: .monthDay(20))
  static let truth: [DayClass: Double] = [
    .beforeClosure: 0.8, .afterClosure(1): 1.3, .afterClosure(2): 1.1, .monthStart(1): 1.15,
    .monthStart(2): 1.08, .monthStart(3): 1.0, .monthEnd: 1.12, .special("billing"): 1.2,
  ]

  static func calendar(effects: Bool = true) -> DayCalendar {
    DayCalendar(
      firstDate: firstDate, holidays: Holidays(holidayDays.map { firstDate.adding(days: $0) }),
      specialDays: effects ? [billing] : [])
  }

  /// `weeks` weeks of Poisson counts around the synthetic rate times the true factors of each day.
  static func series(weeks: Int = 52, effects: Bool = true, seed: UInt64 = 11) -> SeasonalSeries {
    var g = SyntheticSeries(seed: seed)
    let days = weeks * 7
    let classes = calendar().classes(days: 0..<days, businessWeekdays: business)
    var values: [Double?] = [], open: [Bool] = []
    for j in 0..<days {
      let closed = holidayDays.contains(j)
      let factor = effects ? classes[j].reduce(1.0) { $0 * truth[$1]! } : 1
      for q in 0..<24 {
        let t = j * 24 + q
        open.append(!closed && SyntheticSeries.isOpen(t))
        values.append(closed ? nil : (SyntheticSeries.isOpen(t) ? g.poisson(SyntheticSeries.rate(t) * factor) : 0))
      }
    }
    return SeasonalSeries(values: values, isOpen: open, intervalsPerDay: 24)
  }

  @Test func classesOfKnownDays() {
    let calendar = DayCalendar(
      firstDate: LocalDate(year: 2025, month: 1, day: 1), holidays: [LocalDate(year: 2025, month: 1, day: 15)],
      specialDays: [SpecialDay(name: "pay", rule: .monthDay(15))])
    let classes = calendar.classes(days: 0..<59, businessWeekdays: Self.business)
    func on(_ month: Int, _ day: Int) -> [DayClass] {
      classes[calendar.firstDate.distance(to: LocalDate(year: 2025, month: month, day: day))]
    }
    #expect(on(1, 1) == [.monthStart(1)])  // Wednesday
    #expect(on(1, 3) == [.monthStart(3)])  // Friday; Saturday is no business day
    #expect(on(1, 5) == [])  // Sunday, the 4th business day
    #expect(on(1, 14) == [.beforeClosure])
    #expect(on(1, 15) == [])  // the holiday itself
    #expect(on(1, 16) == [.afterClosure(1), .special("pay")])  // pay day moves off the holiday
    #expect(on(1, 17) == [.afterClosure(2)])
    #expect(on(1, 19) == [])
    #expect(on(1, 31) == [.monthEnd])  // Friday
    #expect(on(2, 2) == [.monthStart(1)])  // Sunday: February 1st is a Saturday
    #expect(on(2, 16) == [.special("pay")])  // the 15th is a Saturday
    #expect(on(2, 28) == [.monthEnd])
  }

  @Test func weekdayOfTheMonthRulesMoveOffClosedDays() throws {
    let holiday = LocalDate(year: 2025, month: 1, day: 6)  // the first Monday of January 2025
    let business = { (date: LocalDate) in Self.business.contains(date.weekday) && date != holiday }
    func days(_ rule: SpecialDay.Rule, month: Int) -> [Int] {
      let special = SpecialDay(name: "x", rule: rule)
      return (1...LocalDate.daysIn(month: month, year: 2025)).filter {
        special.falls(on: LocalDate(year: 2025, month: month, day: $0), isBusinessDay: business)
      }
    }
    #expect(days(try SpecialDay.Rule.monthWeekday(parsing: "first mon"), month: 1) == [7])
    #expect(days(try SpecialDay.Rule.monthWeekday(parsing: "first mon"), month: 2) == [3])
    #expect(days(try SpecialDay.Rule.monthWeekday(parsing: "last fri"), month: 1) == [31])
    #expect(days(try SpecialDay.Rule.monthWeekday(parsing: "2nd sun"), month: 3) == [9])
    // The last Saturday is no business day and the month has none after it.
    #expect(days(try SpecialDay.Rule.monthWeekday(parsing: "last sat"), month: 5) == [])
    #expect(days(.monthDay(31), month: 2) == [28])
    #expect(throws: ValueError.self) { try SpecialDay.Rule.monthWeekday(parsing: "fifth mon") }
  }

  @Test func factorsAreRecoveredOnASeriesWithKnownEffects() throws {
    let fitted = try CalendarTopDown(calendar: Self.calendar()).fit(Self.series())
    for factor in fitted.factors {
      let truth = try #require(Self.truth[factor.dayClass])
      #expect(Swift.abs(factor.factor / truth - 1) < 0.04, "\(factor.dayClass.label): \(factor.factor) for \(truth)")
      #expect(factor.days >= 8)
    }
    #expect(Set(fitted.factors.map(\.dayClass)) == Set(Self.truth.keys))
  }

  @Test func closedDayForecastsZeroAndTheNextOpenDayIsRaised() throws {
    // History to a Sunday; the horizon's Tuesday is a holiday, its Wednesday the first day after
    // (the calendar's next holiday is 5 weeks on).
    let history = Self.series(weeks: 31)
    let tuesday = 31 * 7 + 2
    var calendar = Self.calendar()
    calendar.holidays.dates.insert(calendar.firstDate.adding(days: tuesday))
    let fitted = try CalendarTopDown(calendar: calendar).fit(history)
    let horizon = 21 * 24
    let open = (0..<horizon).map { h in (history.count + h) / 24 != tuesday && SyntheticSeries.isOpen(history.count + h) }
    let forecast = fitted.forecast(horizon: horizon, open: open)
    func total(_ day: Int) -> Double { forecast.mean[(day - 31 * 7) * 24..<(day - 31 * 7 + 1) * 24].reduce(0, +) }
    #expect(total(tuesday) == 0)
    // (the next Wednesday is the 20th, the billing day: the one after it is plain)
    #expect(total(tuesday + 1) / total(tuesday + 15) > 1.2, "Wednesday after the closure vs a plain Wednesday")
    #expect(total(tuesday - 1) / total(tuesday + 13) < 0.9, "Monday before the closure vs a plain Monday")
  }

  @Test func noCalendarEffectGivesFactorsNearOneAndLosesNothing() throws {
    let series = Self.series(weeks: 30, effects: false)
    let method = CalendarTopDown(calendar: Self.calendar(effects: false))
    for factor in try method.fit(series).factors {
      #expect(Swift.abs(factor.factor - 1) < 0.05, "\(factor.dayClass.label): \(factor.factor)")
    }
    let backtest = Backtest(weeks: 8)
    let calendarWAPE = backtest.run(method, on: series).accuracy.wape
    let today = AutomaticForecaster.standardCandidates.map { backtest.run($0, on: series).accuracy.wape }.min()!
    #expect(calendarWAPE <= today * 1.02, "CalendarTopDown \(calendarWAPE) vs today's choice \(today)")
  }

  @Test func constantsAtPlusMinusFiftyPercentKeepTheFactors() throws {
    let series = Self.series()
    for scale in [0.5, 1.5] {
      let fitted = try CalendarTopDown(calendar: Self.calendar()).scalingConstants(by: scale).fit(series)
      for factor in fitted.factors {
        #expect(Swift.abs(factor.factor / Self.truth[factor.dayClass]! - 1) < 0.06, "x\(scale) \(factor.dayClass.label)")
      }
    }
  }

  /// Factors seen on few days that multiply on one forecast day are named with their days; a day the
  /// calendar moves by under 15 % is not.
  @Test func stackedRareFactorsAreNamedWithTheirDays() {
    let found: [DayClass: DayFactor] = [
      .afterClosure(1): DayFactor(dayClass: .afterClosure(1), factor: 1.31, unshrunk: 1.4, days: 1),
      .monthStart(1): DayFactor(dayClass: .monthStart(1), factor: 1.16, unshrunk: 1.18, days: 9),
      .special("billing"): DayFactor(dayClass: .special("billing"), factor: 1.22, unshrunk: 1.3, days: 2),
      .monthEnd: DayFactor(dayClass: .monthEnd, factor: 1.05, unshrunk: 1.06, days: 8),
    ]
    let monday = LocalDate(year: 2027, month: 1, day: 4)
    let days = CalendarDay.noteworthy(
      [monday, monday.adding(days: 1), monday.adding(days: 2)],
      classes: [[.afterClosure(1), .monthStart(1), .special("billing")], [.monthEnd], [.monthStart(1)]],
      found: found)
    #expect(days.map(\.date) == [monday, monday.adding(days: 2)])
    #expect(Swift.abs(days[0].multiplier - 1.31 * 1.16 * 1.22) < 1e-12)
    #expect(days[0].note == "Mon 2027-01-04 x1.85: open day 1 after a closure x1.31 (1 day), business day 1 of the month "
      + "x1.16 (9 days), special day \"billing\" x1.22 (2 days); factors seen on few days multiply here: check this day")
    #expect(days[1].note == "Wed 2027-01-06 x1.16: business day 1 of the month x1.16 (9 days)")
  }

  /// A 4-hour Saturday beside 11-hour weekdays counts as a business day from the hours (a third of
  /// the longest) and is named as short; declared business days name nothing.
  @Test func shortBusinessDayFromTheHoursIsNamed() {
    let monday = LocalDate(year: 2026, month: 11, day: 2)
    let open = (0..<(14 * 24)).map { t -> Bool in
      let hour = t % 24
      switch monday.adding(days: t / 24).weekday {
      case .saturday: return hour >= 10 && hour < 14
      case .sunday: return false
      default: return hour >= 9 && hour < 20
      }
    }
    let series = SeasonalSeries(values: open.map { $0 ? 5 : 0 }, isOpen: open, intervalsPerDay: 24)
    var calendar = DayCalendar(firstDate: monday)
    let short = calendar.shortBusinessWeekdays(of: series)
    #expect(short.map(\.weekday) == [.saturday])
    #expect(short.first.map { ($0.open, $0.longest) } ?? (0, 0) == (4, 11))
    calendar.businessDays = [.monday, .tuesday, .wednesday, .thursday, .friday]
    #expect(calendar.shortBusinessWeekdays(of: series).isEmpty)
  }
}
