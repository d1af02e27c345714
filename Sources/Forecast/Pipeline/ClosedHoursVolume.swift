/// Contacts the history holds in hours the plan now closes: the forecast leaves them out (it
/// forecasts open intervals only), which is right for stray after-hours rows and wrong when the
/// hours were cut recently and those customers will call in open hours instead. Either way the
/// planner is told, with how many and where.
///
/// Measured over the last `weeks` whole weeks of history (holidays and missing days aside).
public struct ClosedHoursVolume: Sendable, Equatable {
  /// A stretch of one weekday, closed in the plan, that held contacts.
  public struct Stretch: Sendable, Equatable {
    public var weekday: Weekday
    public var range: TimeRange
    /// Contacts in it per week.
    public var contactsPerWeek: Double

    /// `sat 09:00-13:00`.
    public var text: String { "\(weekday.shortName) \(range.text)" }
  }

  /// Whole weeks measured.
  public var weeks: Int
  /// Contacts per week in closed intervals.
  public var contactsPerWeek: Double
  /// Their share of all the channel's contacts in those weeks.
  public var share: Double
  /// The closed stretches that held them, most contacts first.
  public var stretches: [Stretch]

  /// Below this share of a channel's contacts nothing is said (a few rows past closing time).
  public static let noteworthyShare = 0.01

  /// The closed-hours volume of `series` (days from `firstDate`) over its last `weeks` whole weeks,
  /// or nil when it is under ``noteworthyShare`` or the series is shorter than a week.
  public static func measure(
    _ series: SeasonalSeries, firstDate: LocalDate, intervalLength: IntervalLength, holidays: Holidays = [],
    weeks: Int = 4
  ) -> ClosedHoursVolume? {
    let perDay = series.intervalsPerDay
    let days = series.values.count / perDay
    let counted = min(weeks, days / 7)
    guard counted > 0 else { return nil }
    var closed = 0.0, total = 0.0
    // Per weekday and slot, the closed contacts summed over the weeks.
    var bySlot = [Weekday: [Double]]()
    for day in (days - 7 * counted)..<days {
      let date = firstDate.adding(days: day)
      // A holiday's rows are its own matter (left out, or a channel's holiday hours).
      guard !holidays.contains(date) else { continue }
      let weekday = date.weekday
      for slot in 0..<perDay {
        let t = day * perDay + slot
        guard let value = series.values[t], value > 0 else { continue }
        total += value
        guard !series.isOpen[t] else { continue }
        closed += value
        bySlot[weekday, default: Array(repeating: 0, count: perDay)][slot] += value
      }
    }
    guard total > 0, closed / total >= noteworthyShare else { return nil }
    var stretches: [Stretch] = []
    let minutes = intervalLength.minutes
    for (weekday, slots) in bySlot {
      var slot = 0
      while slot < perDay {
        guard slots[slot] > 0 else { slot += 1; continue }
        let first = slot
        var sum = 0.0
        while slot < perDay, slots[slot] > 0 { sum += slots[slot]; slot += 1 }
        let range = TimeRange(start: TimeOfDay(minutes: first * minutes), end: TimeOfDay(minutes: slot * minutes))
        stretches.append(Stretch(weekday: weekday, range: range, contactsPerWeek: sum / Double(counted)))
      }
    }
    // Most contacts first; ties in week order, so the note reads the same on every run.
    stretches.sort {
      ($0.contactsPerWeek, -$0.weekday.offsetFromMonday, -$0.range.start.minutes)
        > ($1.contactsPerWeek, -$1.weekday.offsetFromMonday, -$1.range.start.minutes)
    }
    return ClosedHoursVolume(
      weeks: counted, contactsPerWeek: closed / Double(counted), share: closed / total, stretches: stretches)
  }

  /// `billing: 320 contacts a week (15 %) over the last 4 weeks of history arrived in hours plan.yaml
  /// closes (sat 09:00-13:00 180 a week, mon 08:00-09:00 30, ...)`, without the channel.
  public var text: String {
    let shown = stretches.prefix(3).map { "\($0.text) \(Self.count($0.contactsPerWeek))" }.joined(separator: ", ")
    let more = stretches.count > 3 ? ", and \(stretches.count - 3) more stretches" : ""
    return "\(Self.count(contactsPerWeek)) contacts a week (\(Int((share * 100).rounded())) % of the channel's) over the last "
      + "\(weeks) week\(weeks == 1 ? "" : "s") of history arrived in hours plan.yaml closes (\(shown) a week\(more))"
  }

  private static func count(_ value: Double) -> String {
    value >= 10 ? String(Int(value.rounded())) : String(format: "%.1f", value)
  }
}
