import Forecast
import Foundation

/// Whether one channel keeps its promise with a roster, by formula, with the figures behind it.
public struct ChannelValidation: Sendable {
  /// Service level of one day of the week.
  public struct Day: Sendable, Hashable {
    public var date: LocalDate
    public var volume: Double
    /// Volume-weighted over the day's intervals (1 when the day has no contacts).
    public var serviceLevel: Double
  }

  public var channel: Channel
  /// The week's service level: volume-weighted over intervals (deferred: share of the week's
  /// contacts completed within the promise); 1 when the week has no contacts.
  public var serviceLevel: Double
  /// True when ``serviceLevel`` reaches the target's share.
  public var kept: Bool
  /// The shortest answer time at the target's share that the roster keeps (see
  /// ``RosterValidator``); nil when none within the search range.
  public var strongestKept: ServiceTarget?
  public var volume: Double
  public var days: [Day]
  public var intervals: [IntervalOutcome]

  public init(
    channel: Channel, serviceLevel: Double, kept: Bool, strongestKept: ServiceTarget?, volume: Double,
    days: [Day], intervals: [IntervalOutcome]
  ) {
    self.channel = channel
    self.serviceLevel = serviceLevel
    self.kept = kept
    self.strongestKept = strongestKept
    self.volume = volume
    self.days = days
    self.intervals = intervals
  }

  /// The promise as the plan writes it: `80/20` on line, `90%/24h` for deferred work.
  public var targetText: String { Self.text(channel.target, deferred: channel.kind.isDeferred) }

  /// The strongest promise kept, written like the target (`80/35`, `90%/6h`); nil when none.
  public var strongestKeptText: String? { strongestKept.map { Self.text($0, deferred: channel.kind.isDeferred) } }

  /// `80/20` for answers in seconds; `90%/24h` (share, then a duration with its unit) for deferred work.
  public static func text(_ target: ServiceTarget, deferred: Bool) -> String {
    deferred ? "\(target.share.percentText)/\(target.answerTime.unitText)" : target.text
  }
}

/// The formula validation of every channel of a plan.
public struct ValidationReport: Sendable {
  /// One entry per plan channel, in plan order.
  public var channels: [ChannelValidation]

  public init(channels: [ChannelValidation]) { self.channels = channels }

  /// True when every channel keeps its promise.
  public var allKept: Bool { channels.allSatisfy(\.kept) }

  /// The channels whose promise is broken.
  public var broken: [ChannelValidation] { channels.filter { !$0.kept } }
}
