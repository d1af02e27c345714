import Foundation

/// The one check that a file read for the plan's roster week is for that week: `validate`,
/// `publish`, `require` and `schedule --requirements` make it on their forecast, requirements and
/// roster files.
///
/// A file covers the week when it has rows in it; it need not have every interval (a forecast may
/// lack intervals where channels are closed). Rows before the week's first day or after its last are
/// other weeks, and a file with any is refused: one for another week would validate as "all promises
/// kept" (no contacts) or schedule no demand, and one of several weeks would be cut silently.
///
/// Messages (one line, exit 64), the remedy given by the kind of file (``Remedy``):
///
///     forecast.csv: covers 2026-12-06 to 2026-12-12, not the plan's week 2026-11-29 to 2026-12-05; forecast that week (staffplan forecast --start 2026-11-29 --weeks 1) or change week: in plan.yaml
///     requirements.csv: covers 4 weeks (2026-11-29 to 2026-12-26); the plan's week is 2026-11-29 to 2026-12-05; cut the file to that week or change week: in plan.yaml
public enum WeekCoverage {
  /// What to do about a file for other weeks: `otherWeek` when it has no rows in the plan's week,
  /// `moreWeeks` when it has rows in the week and outside it. Each kind of file gives its own.
  public struct Remedy: Sendable {
    public var otherWeek: String
    public var moreWeeks: String

    public init(otherWeek: String, moreWeeks: String) {
      self.otherWeek = otherWeek
      self.moreWeeks = moreWeeks
    }

    /// "… or change week: in plan.yaml", the way out every remedy ends with.
    public static let changeWeek = "or change week: in plan.yaml"
  }

  /// Refuses `file` unless every row's interval start in `starts` lies in `calendar`'s roster week
  /// and there is at least one. No rows at all passes (the readers refuse an empty file themselves).
  public static func check(
    _ file: String, starts: some Sequence<Date>, calendar: PlanningCalendar, remedy: Remedy
  ) throws(InputError) {
    let week = calendar.weekDays
    let weekStart = Double(calendar.resolver.startOfDay(week.lowerBound))
    let weekEnd = Double(calendar.resolver.startOfDay(week.upperBound))
    var first: Date?, last: Date?
    var inside = false, outside = false
    for start in starts {
      if first.map({ start < $0 }) ?? true { first = start }
      if last.map({ start > $0 }) ?? true { last = start }
      let seconds = start.timeIntervalSince1970
      if seconds >= weekStart, seconds < weekEnd { inside = true } else { outside = true }
    }
    guard let first, let last, outside else { return }
    try refuse(
      file, first: calendar.localTime(for: first).date, last: calendar.localTime(for: last).date, inside: inside,
      calendar: calendar, remedy: remedy)
  }

  /// Refuses `file` unless every date in `dates` (roster shift dates) lies in the roster week.
  public static func check(
    _ file: String, dates: some Sequence<LocalDate>, calendar: PlanningCalendar, remedy: Remedy
  ) throws(InputError) {
    let week = calendar.weekDays
    var first: LocalDate?, last: LocalDate?
    var inside = false, outside = false
    for date in dates {
      if first.map({ date < $0 }) ?? true { first = date }
      if last.map({ date > $0 }) ?? true { last = date }
      if week.contains(date) { inside = true } else { outside = true }
    }
    guard let first, let last, outside else { return }
    try refuse(file, first: first, last: last, inside: inside, calendar: calendar, remedy: remedy)
  }

  /// `2026-11-29 to 2026-12-05`; one day alone: `2026-12-06`.
  static func span(_ first: LocalDate, _ last: LocalDate) -> String {
    first == last ? first.text : "\(first.text) to \(last.text)"
  }

  private static func refuse(
    _ file: String, first: LocalDate, last: LocalDate, inside: Bool, calendar: PlanningCalendar, remedy: Remedy
  ) throws(InputError) {
    let week = calendar.weekDays
    let planWeek = span(week.lowerBound, week.upperBound.adding(days: -1))
    guard inside else {
      throw InputError(
        file: file, problem: "covers \(span(first, last)), not the plan's week \(planWeek)", remedy: remedy.otherWeek)
    }
    func weekIndex(_ date: LocalDate) -> Int {
      let days = week.lowerBound.distance(to: date)
      return days >= 0 ? days / 7 : -((-days + 6) / 7)
    }
    let weeks = weekIndex(last) - weekIndex(first) + 1
    throw InputError(
      file: file, problem: "covers \(weeks) weeks (\(span(first, last))); the plan's week is \(planWeek)",
      remedy: remedy.moreWeeks)
  }
}
