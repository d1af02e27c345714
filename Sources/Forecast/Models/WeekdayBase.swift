/// A usual day's total per weekday, from daily totals with the calendar's effects divided out.
///
/// The mean of three estimates, each robust in its own way (a combination beats its parts on
/// average: Clemen 1989, "Combining forecasts: a review", *IJF* 5:559-583):
/// 1. the median of the last `medianWeeks` (8) totals of the weekday: ignores a stray day;
/// 2. an exponential average of the weekday's totals, weight `alpha` (0.15, about the last 6
///    weeks): follows a level shift;
/// 3. ETS(A,N,A) on all the deflated totals (``DailyExponentialSmoothing``): a level shared by the
///    weekdays, so a weekday with few days borrows from the others.
/// A weekday without any total gets 0 (it is never open).
struct WeekdayBase {
  var medianWeeks = 8
  var alpha = 0.15

  /// Base totals for the 7 positions of the week (day `j` has position `j % 7`), and the ETS fit.
  func fit(deflated d: [Double]) -> (base: [Double], daily: DailyExponentialSmoothing?) {
    let daily = DailyExponentialSmoothing(totals: d)
    let next = d.count
    let base = (0..<7).map { k -> Double in
      let seen = stride(from: k, to: d.count, by: 7).map { d[$0] }.filter(\.isFinite)
      guard let first = seen.first else { return 0 }
      let median = Statistics.median(Array(seen.suffix(medianWeeks)))
      let smoothed = seen.dropFirst().reduce(first) { $0 + alpha * ($1 - $0) }
      // The next day at position k after the history.
      let j = next + ((k - next % 7) + 7) % 7
      var estimates = [median, smoothed]
      if let daily, case let e = daily.forecast(day: j), e.isFinite, e > 0 { estimates.append(e) }
      return Swift.max(0, estimates.reduce(0, +) / Double(estimates.count))
    }
    return (base, daily)
  }
}
