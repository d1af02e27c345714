/// Handle time that follows the calendar: the same day classes as ``CalendarTopDown``, with a
/// factor each on the day's mean handle time.
///
/// Busy days are often handled faster (agents and customers keep it short, or the mix of reasons
/// changes): on the bank's 1999 history the first business days of a month and the first day after
/// a closure had mean talk times 8-14 % below their weekday's. Each day's volume-weighted mean
/// handle time over its open intervals is compared with the same weekday 1-3 weeks around it, by
/// the estimator of volume factors (``DayFactorEstimator``: median log ratio, backfitted,
/// credibility-shrunk toward 1 by the day-to-day noise of handle times). The forecast of
/// ``HandleTimeModel`` is multiplied by the factors of each horizon day's classes.
public struct CalendarHandleTime: Sendable {
  public var calendar: DayCalendar

  public init(calendar: DayCalendar) { self.calendar = calendar }

  /// The factors found on a history: volume per interval and mean handle time (`nil` unknown).
  public func factors(volume: SeasonalSeries, handleSeconds: [Double?]) -> (found: [DayClass: DayFactor], business: Set<Weekday>) {
    precondition(handleSeconds.count == volume.count, "one handle time per interval")
    let ipd = volume.intervalsPerDay
    let days = volume.count / ipd
    let means: [Double] = (0..<days).map { j in
      var contacts = 0.0, seconds = 0.0
      for t in (j * ipd)..<((j + 1) * ipd) {
        guard let v = volume.observation(t), v > 0, let h = handleSeconds[t], h > 0 else { continue }
        contacts += v
        seconds += v * h
      }
      return contacts >= 20 ? seconds / contacts : .nan
    }
    let business = calendar.businessWeekdays(of: volume)
    let classes = calendar.classes(days: 0..<days, businessWeekdays: business)
    return (DayFactorEstimator().estimate(totals: means, classes: classes), business)
  }

  /// `handleTimes` for the `horizon` intervals after `volume`'s history, times their days' factors.
  public func adjust(_ handleTimes: [Double], volume: SeasonalSeries, handleSeconds: [Double?]) -> (adjusted: [Double], factors: [DayFactor]) {
    let (found, business) = factors(volume: volume, handleSeconds: handleSeconds)
    let ipd = volume.intervalsPerDay
    let first = volume.count / ipd, last = (volume.count + Swift.max(1, handleTimes.count) - 1) / ipd
    let classes = calendar.classes(days: first..<(last + 1), businessWeekdays: business)
    let adjusted = handleTimes.indices.map { h in
      handleTimes[h] * classes[(volume.count + h) / ipd - first].reduce(1) { $0 * (found[$1]?.factor ?? 1) }
    }
    return (adjusted, found.keys.sorted().map { found[$0]! })
  }
}
