/// A day the planner expects to run unlike its weekday: a campaign, a billing run, a pay day.
///
/// Declared in plan.yaml's `special_days` with a name, on listed dates or recurring on a day of
/// the month. A recurring day that falls on a closed or non-business day moves to the next
/// business day of the same month (pay days and billing runs do), and is skipped when the month
/// has none left. The calendar-aware forecast (``CalendarTopDown``) learns one factor per name.
///
/// ```yaml
/// special_days:
///   - { name: billing run, month_day: 10 }
///   - { name: campaign, dates: [2026-12-03, 2026-12-10] }
/// ```
public struct SpecialDay: Sendable, Hashable, Codable {
  /// When the day happens.
  public enum Rule: Sendable, Hashable, Codable {
    /// On these dates only.
    case dates(Set<LocalDate>)
    /// Every month on this day (1-31; past the month's end, its last day), or the next business day.
    case monthDay(Int)
  }

  /// The planner's name for the day, shown with its factor.
  public var name: String
  public var rule: Rule

  public init(name: String, rule: Rule) {
    if case .monthDay(let day) = rule { precondition((1...31).contains(day), "month day 1-31") }
    self.name = name
    self.rule = rule
  }

  /// Whether the day falls on `date`, given which dates are business days.
  func falls(on date: LocalDate, isBusinessDay: (LocalDate) -> Bool) -> Bool {
    switch rule {
    case .dates(let dates):
      return dates.contains(date)
    case .monthDay(let wanted):
      guard isBusinessDay(date) else { return false }
      let target = Swift.min(wanted, LocalDate.daysIn(month: date.month, year: date.year))
      guard date.day >= target else { return false }
      // The first business day on or after the target day: no business day between them.
      for day in target..<date.day where isBusinessDay(LocalDate(year: date.year, month: date.month, day: day)) {
        return false
      }
      return true
    }
  }
}
