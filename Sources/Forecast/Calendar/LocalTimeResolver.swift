import Foundation
import Synchronization

/// Converts between instants and wall-clock times of one time zone, fast and without surprises.
///
/// Goals, in priority order:
/// 1. Correct across daylight-saving changes: a local time in the spring-forward gap names no
///    instant and is an error; one in the repeated hour names two.
/// 2. Fast for hundreds of thousands of timestamps: the zone's UTC offset is looked up from ICU
///    (through Foundation `TimeZone`) twice per UTC day and cached, with a binary search only on days
///    with a change, so later calls are arithmetic and a dictionary lookup.
///
/// Assumes at most one offset change per UTC day, true of every zone in the tz database since 1970.
/// Times are whole seconds since 1970-01-01T00:00Z ("instant seconds").
public final class LocalTimeResolver: Sendable {
  /// One change of UTC offset.
  public struct Transition: Sendable, Hashable {
    /// The instant, in seconds since 1970, from which `after` applies.
    public let at: Int
    /// The offset before, in seconds east of UTC.
    public let before: Int
    /// The offset from `at` on.
    public let after: Int
  }

  /// What a wall-clock time names in this zone.
  public enum Resolution: Sendable, Hashable {
    /// One instant.
    case unique(Int)
    /// Two instants, in the repeated hour after clocks go back: daylight time first.
    case repeated(first: Int, second: Int)
    /// None: the clocks jumped over it at this transition.
    case skipped(Transition)
  }

  public let timeZone: TimeZone
  private struct UTCDay: Sendable {
    let startOffset: Int
    let transition: Transition?
  }
  private let cache = Mutex<[Int: UTCDay]>([:])

  public init(timeZone: TimeZone) { self.timeZone = timeZone }

  /// The UTC offset in seconds at an instant.
  public func utcOffset(atInstantSeconds seconds: Int) -> Int {
    let day = utcDay(Self.floorDiv(seconds, 86_400))
    if let transition = day.transition, seconds >= transition.at { return transition.after }
    return day.startOffset
  }

  /// The wall-clock time at an instant (fractions of a second are dropped).
  public func localTime(for instant: Date) -> LocalDateTime {
    let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
    return LocalDateTime(localSecondsSinceEpoch: seconds + utcOffset(atInstantSeconds: seconds))
  }

  /// What a wall-clock time names: one instant, two, or none.
  public func resolve(_ local: LocalDateTime) -> Resolution {
    resolve(localSeconds: local.localSecondsSinceEpoch)
  }

  /// The instant of a wall-clock time; in the repeated hour the first (daylight-time) occurrence.
  ///
  /// A time in the spring-forward gap is an error naming the jump and the first time after it.
  public func instant(for local: LocalDateTime) throws(ValueError) -> Date {
    switch resolve(local) {
    case .unique(let seconds), .repeated(first: let seconds, second: _):
      return Date(timeIntervalSince1970: TimeInterval(seconds))
    case .skipped(let jump):
      let before = LocalDateTime(localSecondsSinceEpoch: jump.at + jump.before)
      let after = LocalDateTime(localSecondsSinceEpoch: jump.at + jump.after)
      throw ValueError(
        "\(local.text) does not exist in \(timeZone.identifier): the clocks jump from "
          + "\(Self.clock(before)) to \(Self.clock(after)) that day",
        remedy: "write \(after.text), the first time after the jump, or give a UTC offset")
    }
  }

  /// The instant of a wall-clock time written with a UTC offset (any offset is an exact instant),
  /// or without one as ``instant(for:)``.
  public func instant(for local: LocalDateTime, utcOffset: Int?) throws(ValueError) -> Date {
    guard let utcOffset else { return try instant(for: local) }
    return Date(timeIntervalSince1970: TimeInterval(local.localSecondsSinceEpoch - utcOffset))
  }

  /// True when the wall-clock time occurs twice (the repeated hour when clocks go back).
  public func isRepeated(_ local: LocalDateTime) -> Bool {
    if case .repeated = resolve(local) { return true }
    return false
  }

  /// The first and end instants (seconds) of a local calendar day: 82,800 s apart on a 23-hour day.
  ///
  /// When local midnight is skipped the day starts at the jump.
  public func dayBounds(_ date: LocalDate) -> Range<Int> {
    startOfDay(date)..<startOfDay(date.adding(days: 1))
  }

  /// The offset changes with `at` in `range`, in time order.
  public func transitions(in range: Range<Int>) -> [Transition] {
    guard !range.isEmpty else { return [] }
    let first = Self.floorDiv(range.lowerBound, 86_400)
    let last = Self.floorDiv(range.upperBound - 1, 86_400)
    return (first...last).compactMap { utcDay($0).transition }.filter { range.contains($0.at) }
  }

  func startOfDay(_ date: LocalDate) -> Int {
    switch resolve(localSeconds: date.daysSinceEpoch * 86_400) {
    case .unique(let seconds), .repeated(first: let seconds, second: _): return seconds
    case .skipped(let jump): return jump.at
    }
  }

  private func resolve(localSeconds local: Int) -> Resolution {
    let day = Self.floorDiv(local, 86_400)
    var offsets: Set<Int> = []
    var nearby: [Transition] = []
    for index in (day - 1)...(day + 1) {
      let entry = utcDay(index)
      offsets.insert(entry.startOffset)
      if let transition = entry.transition {
        offsets.insert(transition.after)
        nearby.append(transition)
      }
    }
    let instants = offsets.map { local - $0 }.filter { utcOffset(atInstantSeconds: $0) == local - $0 }
      .sorted()
    switch instants.count {
    case 0:
      let jump = nearby.first { $0.at + $0.before <= local && local < $0.at + $0.after }
      // Without a matching transition the zone data is inconsistent; treat the time as unique.
      guard let jump else { return .unique(local - utcOffset(atInstantSeconds: local)) }
      return .skipped(jump)
    case 1: return .unique(instants[0])
    default: return .repeated(first: instants[0], second: instants[instants.count - 1])
    }
  }

  private func utcDay(_ index: Int) -> UTCDay {
    if let cached = cache.withLock({ $0[index] }) { return cached }
    let start = index * 86_400
    let startOffset = offsetFromICU(start)
    let endOffset = offsetFromICU(start + 86_400)
    var transition: Transition?
    if startOffset != endOffset {
      var low = start
      var high = start + 86_400
      while high - low > 1 {
        let middle = low + (high - low) / 2
        if offsetFromICU(middle) == startOffset { low = middle } else { high = middle }
      }
      if high < start + 86_400 {
        transition = Transition(at: high, before: startOffset, after: offsetFromICU(high))
      }
    }
    let day = UTCDay(startOffset: startOffset, transition: transition)
    cache.withLock { $0[index] = day }
    return day
  }

  private func offsetFromICU(_ seconds: Int) -> Int {
    timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
  }

  private static func clock(_ time: LocalDateTime) -> String {
    "\(String(time.hour).leftPadded(to: 2)):\(String(time.minute).leftPadded(to: 2))"
  }

  static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
}
