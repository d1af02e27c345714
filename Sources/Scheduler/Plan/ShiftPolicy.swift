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

  public init(
    startEvery: Duration, lengths: [Duration], breaks: [BreakPolicy] = [],
    earliestStart: TimeOfDay? = nil, latestEnd: TimeOfDay? = nil
  ) {
    precondition(!lengths.isEmpty, "a shift policy needs at least one length")
    self.startEvery = startEvery
    self.lengths = lengths.sorted()
    self.breaks = breaks
    self.earliestStart = earliestStart
    self.latestEnd = latestEnd
  }

  /// The breaks a shift of `length` contains.
  public func breaks(forShiftOf length: Duration) -> [BreakPolicy] {
    breaks.filter { $0.applies(toShiftOf: length) }
  }
}
