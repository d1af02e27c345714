/// Calendar-aware top-down: a weekday's usual total times the calendar's factors, split by the
/// weekday's intraday profile.
///
/// Goals, in order: know the days the calendar moves (the first open days after a holiday, the
/// first and last business days of a month, planner-declared special days; ``DayClass``); never
/// do worse than a plain weekday model where the calendar moves nothing (factors shrink to 1);
/// constants that are not tuned to one series (each stated here, results stable at ±50 %).
///
/// 1. Daily totals (complete open days) and each day's classes from the ``DayCalendar``.
/// 2. One factor per class (``DayFactorEstimator``): the day's total over the median of its
///    weekday 1-3 weeks around it, other classes divided out, shrunk toward 1 when few days.
/// 3. Totals divided by their days' factors give a weekday base (``WeekdayBase``).
/// 4. A day's forecast is `base × factors` (0 on a closed day: the opening flags from the plan's
///    calendar close holidays; a holiday still counts as the closure before the next day), spread
///    over the intraday shares of its weekday, an exponential average over the days of that
///    weekday with weight `profileWeight` (0.1: the last 10 weeks or so; Gans, Koole & Mandelbaum
///    2003, section 3, split a daily forecast by such a curve), blended half and half with the
///    mean profile of the weekdays open on the same slots. A share is noisier than a total, so the
///    profile remembers longer than the base.
///
/// Days with a class are kept when the ``OutlierRule`` finds them far from their weekday: their
/// difference is what the model learns (the bank's first day after Passover ran 58 % above).
public struct CalendarTopDown: ForecastMethod {
  public var calendar: DayCalendar
  /// Weight of the latest day in the exponentially averaged intraday profile, in (0, 1].
  public var profileWeight: Double
  var factors = DayFactorEstimator()
  var base = WeekdayBase()
  /// Weight of the pooled profile of the weekdays open on the same slots (0.5).
  var profilePooling = 0.5

  public init(calendar: DayCalendar, profileWeight: Double = 0.1) {
    precondition(profileWeight > 0 && profileWeight <= 1, "profileWeight must be in (0, 1]")
    self.calendar = calendar
    self.profileWeight = profileWeight
  }

  /// The same model with its constants scaled (0.5 and 1.5 for the ±50 % robustness check):
  /// profile weight and pooling, reference weeks, prior spread of the factors, median weeks and
  /// base weight.
  public func scalingConstants(by s: Double) -> CalendarTopDown {
    func scaled(_ n: Int) -> Int { Swift.max(1, Int((Double(n) * s).rounded())) }
    var copy = self
    copy.profileWeight = Swift.min(1, profileWeight * s)
    copy.profilePooling = Swift.min(1, profilePooling * s)
    copy.factors.referenceWeeks = scaled(factors.referenceWeeks)
    copy.factors.priorSpread *= s
    copy.base.medianWeeks = scaled(base.medianWeeks)
    copy.base.alpha = Swift.min(1, base.alpha * s)
    return copy
  }

  /// A day's multiplier: the product of its classes' factors (1 for a class not found).
  static func multiplier(_ dayClasses: [DayClass], _ found: [DayClass: DayFactor]) -> Double {
    dayClasses.reduce(1) { $0 * (found[$1]?.factor ?? 1) }
  }

  public var name: String { "CalendarTopDown" }
  public var complexity: Int { 4 }

  public func outliers(_ rule: OutlierRule, in series: SeasonalSeries) -> [OutlierDay] {
    let days = series.count / series.intervalsPerDay
    let classes = calendar.classes(days: 0..<days, businessWeekdays: calendar.businessWeekdays(of: series))
    return rule.outliers(in: series).filter { classes[$0.day].isEmpty }
  }

  public func fit(_ series: SeasonalSeries) throws -> Fitted {
    let m = series.weekLength, ipd = series.intervalsPerDay
    guard series.count >= m else {
      throw ForecastModelError.historyTooShort(method: name, needed: m, available: series.count)
    }
    let y = series.observations
    let totals = series.dailyTotals(y)
    let days = totals.count
    guard totals.contains(where: \.isFinite) else { throw ForecastModelError.noObservations(method: name) }
    let business = calendar.businessWeekdays(of: series)
    let classes = calendar.classes(days: 0..<days, businessWeekdays: business)
    let found = factors.estimate(totals: totals, classes: classes)
    func multiplier(_ dayClasses: [DayClass]) -> Double { Self.multiplier(dayClasses, found) }
    let deflated = (0..<days).map { totals[$0] / multiplier(classes[$0]) }
    let (weekdayBase, daily) = base.fit(deflated: deflated)

    var profile = [Double](repeating: .nan, count: m)
    for j in 0..<days where totals[j] > 0 {
      for q in 0..<ipd {
        let v = y[j * ipd + q], p = (j * ipd) % m + q
        let share = v.isFinite ? v / totals[j] : 0
        profile[p] = profile[p].isFinite ? profile[p] + profileWeight * (share - profile[p]) : share
      }
    }
    var shares = profile.map { $0.isFinite ? $0 : 0 }
    // Weekdays open on the same slots (the bank's Sunday to Thursday) pool their profiles: each
    // weekday's own, blended half and half with the mean of its peers'. A share is noisy; the
    // peers' shapes differ less than one weekday's noise (the ±50 % check of
    // docs/forecast-calendar.md scales the blend too).
    let openAt = (0..<m).map { p in stride(from: p, to: series.count, by: m).contains { series.isOpen[$0] } }
    let own = shares
    for k in 0..<7 {
      let peers = (0..<7).filter { w in (0..<ipd).allSatisfy { openAt[w * ipd + $0] == openAt[k * ipd + $0] } }
      for q in 0..<ipd {
        let pooled = peers.reduce(0.0) { $0 + own[$1 * ipd + q] } / Double(peers.count)
        shares[k * ipd + q] = (1 - profilePooling) * own[k * ipd + q] + profilePooling * pooled
      }
    }
    var fitted = [Double?](repeating: nil, count: series.count)
    if let daily {
      for j in 0..<days where daily.fitted[j].isFinite {
        for q in 0..<ipd where y[j * ipd + q].isFinite {
          fitted[j * ipd + q] = Swift.max(0, daily.fitted[j]) * multiplier(classes[j]) * shares[(j * ipd) % m + q]
        }
      }
    }
    return Fitted(method: name, history: series, fitted: fitted, calendar: calendar, business: business,
                  found: found, weekdayBase: weekdayBase, shares: shares)
  }

  /// The calendar-aware model fitted on a history.
  public struct Fitted: FittedForecast {
    public let method: String
    public let history: SeasonalSeries
    public let fitted: [Double?]
    let calendar: DayCalendar
    let business: Set<Weekday>
    let found: [DayClass: DayFactor]
    let weekdayBase: [Double]
    let shares: [Double]

    /// The factors found, in class order.
    public var factors: [DayFactor] { found.keys.sorted().map { found[$0]! } }

    /// The calendar's multiplier of each day in `days`.
    func dayMultipliers(_ days: Range<Int>) -> [Double] {
      calendar.classes(days: days, businessWeekdays: business).map { CalendarTopDown.multiplier($0, found) }
    }

    public func expectedDemand(horizon: Int) -> [Double] {
      let ipd = history.intervalsPerDay, m = history.weekLength
      let firstDay = history.count / ipd, lastDay = (history.count + Swift.max(horizon, 1) - 1) / ipd
      let multipliers = dayMultipliers(firstDay..<(lastDay + 1))
      return (0..<horizon).map { h in
        let t = history.count + h, j = t / ipd
        return weekdayBase[j % 7] * multipliers[j - firstDay] * shares[t % m]
      }
    }
  }
}
