/// A day the planner expects to run unlike its weekday: a campaign, a billing run, a pay day.
///
/// Declared in plan.yaml's `special_days` with a name, on listed dates or recurring on a day of
/// the month or a weekday of the month (`first mon`, `last fri`). A recurring day that falls on a
/// closed or non-business day moves to the next
/// business day of the same month (pay days and billing runs do), and is skipped when the month
/// has none left. The calendar-aware forecast (``CalendarTopDown``) learns one factor per name.
///
/// ```yaml
/// special_days:
///   - { name: billing run, month_day: 10 }
///   - { name: campaign, dates: [2026-12-03, 2026-12-10] }
///   - { name: statement mailing, month_weekday: first mon }
/// ```
public struct SpecialDay: Sendable, Hashable, Codable {
  /// When the day happens.
  public enum Rule: Sendable, Hashable, Codable {
    /// On these dates only.
    case dates(Set<LocalDate>)
    /// Every month on this day (1-31; past the month's end, its last day), or the next business day.
    case monthDay(Int)
    /// Every month on the `ordinal`-th (1-4, or -1 for the last) `weekday`, or the next business day.
    case monthWeekday(ordinal: Int, weekday: Weekday)

    /// Parses `first mon`, `2nd tue`, `last fri` (ordinals first to fourth, 1st to 4th, last).
    public static func monthWeekday(parsing text: String) throws(ValueError) -> Rule {
      let words = text.lowercased().split(separator: " ").map(String.init)
      let ordinals = ["first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1]
      guard words.count == 2, let ordinal = ordinals[words[0]] else {
        throw ValueError("\"\(text)\" is not a weekday of the month", remedy: "write it like first mon, 2nd tue or last fri")
      }
      return .monthWeekday(ordinal: ordinal, weekday: try Weekday(parsing: words[1]))
    }
  }

  /// The planner's name for the day, shown with its factor.
  public var name: String
  public var rule: Rule

  public init(name: String, rule: Rule) {
    if case .monthDay(let day) = rule { precondition((1...31).contains(day), "month day 1-31") }
    if case .monthWeekday(let n, _) = rule { precondition((1...4).contains(n) || n == -1, "ordinal 1-4 or -1") }
    self.name = name
    self.rule = rule
  }

  /// Whether the day falls on `date`, given which dates are business days.
  func falls(on date: LocalDate, isBusinessDay: (LocalDate) -> Bool) -> Bool {
    let length = LocalDate.daysIn(month: date.month, year: date.year)
    let target: Int
    switch rule {
    case .dates(let dates):
      return dates.contains(date)
    case .monthDay(let wanted):
      target = Swift.min(wanted, length)
    case .monthWeekday(let ordinal, let weekday):
      let first = LocalDate(year: date.year, month: date.month, day: 1)
      let firstMatch = 1 + (weekday.offsetFromMonday - first.weekday.offsetFromMonday + 7) % 7
      target = ordinal > 0 ? firstMatch + 7 * (ordinal - 1) : firstMatch + 7 * ((length - firstMatch) / 7)
      guard target <= length else { return false }
    }
    guard isBusinessDay(date), date.day >= target else { return false }
    // The first business day on or after the target day: no business day between them.
    return !(target..<date.day).contains { isBusinessDay(LocalDate(year: date.year, month: date.month, day: $0)) }
  }
}
