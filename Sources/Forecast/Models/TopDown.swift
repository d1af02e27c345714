/// Top-down: forecast each day's total, then split it by the weekday's intraday profile.
///
/// Daily totals (sum over the day's open intervals; a day with a missing open interval is
/// missing) are forecast with ETS(A,N,A), period 7 (``DailyExponentialSmoothing``). Each
/// interval gets the day's total times its share of the day, averaged over the last `k` observed
/// days of the same weekday (default 4). The usual planning practice of splitting a daily forecast
/// by a time-of-day curve (Gans, Koole & Mandelbaum 2003, "Telephone call centers: tutorial,
/// review, and research prospects", *M&SOM* 5:79-141, section 3); it borrows strength across the
/// day, so a day's noise in one interval does not carry into next week's same interval.
public struct TopDown: ForecastMethod {
  /// Number of same-weekday days averaged into the intraday profile.
  public var profileWeeks: Int

  public init(profileWeeks: Int = 4) {
    precondition(profileWeeks >= 1, "profileWeeks must be at least 1")
    self.profileWeeks = profileWeeks
  }

  public var name: String { "TopDown(ETS(A,N,A) daily, k=\(profileWeeks))" }
  public var complexity: Int { 3 }

  public func fit(_ series: SeasonalSeries) throws -> Fitted {
    let m = series.weekLength, ipd = series.intervalsPerDay
    guard series.count >= m else {
      throw ForecastModelError.historyTooShort(method: name, needed: m, available: series.count)
    }
    let y = series.observations
    let totals = series.dailyTotals(y)
    let days = totals.count
    guard let daily = DailyExponentialSmoothing(totals: totals) else {
      throw ForecastModelError.noObservations(method: name)
    }
    var profile = PositionWindow(period: m, depth: profileWeeks)
    var fitted = [Double?](repeating: nil, count: y.count)
    for j in 0..<days where totals[j].isFinite {
      let base = j * ipd, weekBase = (base % m)
      if daily.fitted[j].isFinite && profile.count(at: weekBase) > 0 {
        for q in 0..<ipd where y[base + q].isFinite {
          fitted[base + q] = Swift.max(0, daily.fitted[j]) * (profile.mean(at: weekBase + q) ?? 0)
        }
      }
      guard totals[j] > 0 else { continue }
      for q in 0..<ipd {
        let v = y[base + q]
        profile.append(v.isFinite ? v / totals[j] : 0, at: weekBase + q)
      }
    }
    let shares = (0..<m).map { profile.mean(at: $0) ?? 0 }
    return Fitted(method: name, history: series, fitted: fitted, daily: daily, shares: shares)
  }

  /// Top-down fitted on a history: the daily model and the weekly grid of intraday shares.
  public struct Fitted: FittedForecast {
    public let method: String
    public let history: SeasonalSeries
    public let fitted: [Double?]
    let daily: DailyExponentialSmoothing
    let shares: [Double]

    public func expectedDemand(horizon: Int) -> [Double] {
      let ipd = history.intervalsPerDay
      return (0..<horizon).map { h in
        let t = history.count + h
        return Swift.max(0, daily.forecast(day: t / ipd)) * shares[t % shares.count]
      }
    }
  }
}
