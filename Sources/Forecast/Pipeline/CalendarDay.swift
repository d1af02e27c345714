/// A forecast day the calendar moves: its multiplier and the factors behind it, so a planner sees
/// why a day is forecast above or below its weekday and on how many days of history that rests.
///
/// Factors multiply: a day in several classes (the first business day of a month that is also
/// the first open day after a holiday and a billing run) gets their product, and classes seen on
/// one or two days each can stack to a large multiplier. ``note`` says so, so the planner checks
/// that day rather than trusting it silently.
public struct CalendarDay: Sendable, Hashable, Codable {
  public var date: LocalDate
  /// Product of `factors`: the day's volume over a usual day of its weekday.
  public var multiplier: Double
  /// The factors of the day's classes, in class order.
  public var factors: [DayFactor]

  /// A day is worth a note when the calendar moves it by this much or more (15 %).
  public static let noteworthy = 0.15
  /// Factors resting on fewer days than this are called few (3).
  public static let fewDays = 3

  /// The days among `dates` whose multiplier differs from 1 by ``noteworthy`` or more.
  static func noteworthy(_ dates: [LocalDate], classes: [[DayClass]], found: [DayClass: DayFactor]) -> [CalendarDay] {
    zip(dates, classes).compactMap { date, dayClasses in
      let factors = dayClasses.compactMap { found[$0] }
      let multiplier = factors.reduce(1) { $0 * $1.factor }
      guard Swift.abs(multiplier - 1) >= noteworthy else { return nil }
      return CalendarDay(date: date, multiplier: multiplier, factors: factors)
    }
  }

  /// "Mon 2027-01-04 x1.86: open day 1 after a closure x1.31 (1 day), business day 1 of the month
  /// x1.16 (9 days); factors seen on few days multiply here: check this day".
  public var note: String {
    let parts = factors.map { f in
      "\(f.dayClass.label) x\(Self.format(f.factor)) (\(f.days) day\(f.days == 1 ? "" : "s"))"
    }
    let few = factors.filter { $0.days < Self.fewDays }
    let warning: String
    if few.isEmpty {
      warning = ""
    } else if factors.count > 1 {
      warning = "; factors seen on few days multiply here: check this day"
    } else {
      warning = "; seen on few days: check this day"
    }
    let day = date.weekday.shortName.prefix(1).uppercased() + date.weekday.shortName.dropFirst()
    return "\(day) \(date.text) x\(Self.format(multiplier)): " + parts.joined(separator: ", ") + warning
  }

  private static func format(_ x: Double) -> String {
    let hundredths = Int((x * 100).rounded())
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
  }
}
