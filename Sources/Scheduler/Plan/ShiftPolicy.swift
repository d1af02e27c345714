import Forecast

/// Which shifts the scheduler may build: start times, lengths, breaks and an optional day window.
///
/// Read from `shifts` in plan.yaml. Start times and lengths lie on the plan's interval grid (the
/// reader checks it); a shift may run past midnight into the next day.
public struct ShiftPolicy: Sendable, Hashable, Codable {
  /// Shifts start on multiples of this from midnight: `30m` gives 08:00, 08:30, ...
  public var startEvery: Duration
  /// Allowed paid-or-unpaid lengths, breaks included, shortest first.
  public var lengths: [Duration]
  public var breaks: [BreakPolicy]
  /// No shift starts before this wall-clock time.
  public var earliestStart: TimeOfDay?
  /// No shift ends after this wall-clock time (`24:00` allowed).
  public var latestEnd: TimeOfDay?
  /// The least work between two breaks of a shift (`min_work_between_breaks`): a 15-minute break
  /// ending as lunch starts is one 45-minute absence, which no planner publishes. Zero allows it.
  public var minWorkBetweenBreaks: Duration

  public init(
    startEvery: Duration, lengths: [Duration], breaks: [BreakPolicy] = [],
    earliestStart: TimeOfDay? = nil, latestEnd: TimeOfDay? = nil, minWorkBetweenBreaks: Duration = .zero
  ) {
    precondition(!lengths.isEmpty, "a shift policy needs at least one length")
    self.startEvery = startEvery
    self.lengths = lengths.sorted()
    self.breaks = breaks
    self.earliestStart = earliestStart
    self.latestEnd = latestEnd
    self.minWorkBetweenBreaks = minWorkBetweenBreaks
  }

  /// `min_work_between_breaks` when plan.yaml does not say: 30 minutes, rounded up to whole intervals.
  public static func defaultWorkBetweenBreaks(interval: IntervalLength) -> Duration {
    .seconds((1800 + interval.seconds - 1) / interval.seconds * interval.seconds)
  }

  /// The breaks a shift of `length` contains.
  public func breaks(forShiftOf length: Duration) -> [BreakPolicy] {
    breaks.filter { $0.applies(toShiftOf: length) }
  }
}
