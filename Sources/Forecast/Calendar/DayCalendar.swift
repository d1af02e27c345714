/// The dates of a series' days and what the plan says of them: holidays and special days.
///
/// Models see a ``SeasonalSeries`` without dates; the calendar-aware forecast needs them to find
/// month starts and ends and the days after a closure. Day `j` of the series is `firstDate + j`,
/// in the history and in the horizon after it (a backtest's prefixes keep the same first date).
///
/// A **business weekday** is one whose usual opening (open intervals on its days in the series,
/// holidays left out) is at least a third of the longest weekday's: with the bank's hours
/// (Sunday-Thursday 17 h, Friday 7 h, Saturday 4 h) Sunday to Friday are business weekdays and
/// Saturday evening is not; a center open a short Saturday may need plan.yaml's `business_days`
/// (`mon-fri`), which replaces the rule. A **business day** is a business weekday that is not a holiday.
public struct DayCalendar: Sendable, Hashable, Codable {
  /// The date of the series' day 0.
  public var firstDate: LocalDate
  public var holidays: Holidays
  public var specialDays: [SpecialDay]
  /// How many business days at the start of a month get a class of their own (default 3).
  public var monthStartDays: Int
  /// The business weekdays the planner declared (plan.yaml `business_days`); nil: from the hours.
  public var businessDays: Set<Weekday>?
  /// Whether the series' work arrives on holidays (e-mail, messaging): a holiday is then a day of
  /// class ``DayClass/holiday`` with a factor of its own, not a closed day.
  public var arrivesOnHolidays = false

  public init(firstDate: LocalDate, holidays: Holidays = [], specialDays: [SpecialDay] = [], monthStartDays: Int = 3) {
    precondition(monthStartDays >= 0, "monthStartDays must not be negative")
    self.firstDate = firstDate
    self.holidays = holidays
    self.specialDays = specialDays
    self.monthStartDays = monthStartDays
  }

  /// The weekdays a series treats as business days, from its open intervals (holidays left out).
  func businessWeekdays(of series: SeasonalSeries) -> Set<Weekday> {
    businessDays ?? Self.businessWeekdays(open: openIntervals(of: series))
  }

  /// Weekdays open at least a third as long as the longest (every weekday when none is open).
  private static func businessWeekdays(open: [Weekday: Int]) -> Set<Weekday> {
    let longest = open.values.max() ?? 0
    guard longest > 0 else { return Set(Weekday.allCases) }
    return Set(open.filter { 3 * $0.value >= longest }.keys)
  }

  /// Weekdays counted as business days from the hours although open under half as long as the
  /// longest (a 4-hour Saturday beside 11-hour weekdays): month starts and the days after a
  /// closure may land on them. Empty when plan.yaml declares `business_days`.
  func shortBusinessWeekdays(of series: SeasonalSeries) -> [(weekday: Weekday, open: Int, longest: Int)] {
    guard businessDays == nil else { return [] }
    let open = openIntervals(of: series)
    let longest = open.values.max() ?? 0
    let business = Self.businessWeekdays(open: open)
    return Weekday.allCases.compactMap { day in
      guard business.contains(day), let count = open[day], 2 * count < longest else { return nil }
      return (day, count, longest)
    }
  }

  /// The most open intervals of each weekday on its days in the series, holidays left out.
  private func openIntervals(of series: SeasonalSeries) -> [Weekday: Int] {
    let ipd = series.intervalsPerDay
    var open = [Weekday: Int]()
    for j in 0..<(series.count / ipd) {
      let date = firstDate.adding(days: j)
      guard !holidays.contains(date) else { continue }
      let count = series.isOpen[(j * ipd)..<((j + 1) * ipd)].reduce(0) { $0 + ($1 ? 1 : 0) }
      open[date.weekday] = Swift.max(open[date.weekday] ?? 0, count)
    }
    return open
  }

  /// Classes of every day in `days` (indices from `firstDate`), for the given business weekdays.
  func classes(days: Range<Int>, businessWeekdays: Set<Weekday>) -> [[DayClass]] {
    let classifier = Classifier(calendar: self, business: businessWeekdays)
    return days.map { classifier.classes(on: firstDate.adding(days: $0)) }
  }

  /// Classes one date, looking at the days around it.
  private struct Classifier {
    let calendar: DayCalendar
    let business: Set<Weekday>

    func isBusinessWeekday(_ date: LocalDate) -> Bool { business.contains(date.weekday) }
    func isBusinessDay(_ date: LocalDate) -> Bool { isBusinessWeekday(date) && !calendar.holidays.contains(date) }

    func classes(on date: LocalDate) -> [DayClass] {
      if calendar.arrivesOnHolidays, calendar.holidays.contains(date) { return [.holiday] }
      guard isBusinessDay(date) else { return [] }
      var found: [DayClass] = []
      if let next = (1...7).lazy.map({ date.adding(days: $0) }).first(where: isBusinessWeekday),
        calendar.holidays.contains(next)
      {
        found.append(.beforeClosure)
      }
      if let n = positionAfterClosure(date) { found.append(.afterClosure(n)) }
      let first = LocalDate(year: date.year, month: date.month, day: 1)
      let position = (first..<date).reduce(1) { $0 + (isBusinessDay($1) ? 1 : 0) }
      if position <= calendar.monthStartDays { found.append(.monthStart(position)) }
      let end = LocalDate(year: date.year, month: date.month, day: LocalDate.daysIn(month: date.month, year: date.year))
      if !(date.adding(days: 1)..<end.adding(days: 1)).contains(where: isBusinessDay) { found.append(.monthEnd) }
      for special in calendar.specialDays where special.falls(on: date, isBusinessDay: isBusinessDay) {
        found.append(.special(special.name))
      }
      return found
    }

    /// 1 when the business day before `date` (non-business weekdays skipped) is a holiday, 2 when
    /// the open business day before it is itself a 1; `nil` otherwise.
    func positionAfterClosure(_ date: LocalDate) -> Int? {
      guard let previous = previousBusinessWeekday(date) else { return nil }
      if calendar.holidays.contains(previous) { return 1 }
      guard let before = previousBusinessWeekday(previous), calendar.holidays.contains(before) else { return nil }
      return 2
    }

    /// The nearest business weekday before `date`, within a week.
    func previousBusinessWeekday(_ date: LocalDate) -> LocalDate? {
      (1...7).lazy.map { date.adding(days: -$0) }.first(where: isBusinessWeekday)
    }
  }
}
