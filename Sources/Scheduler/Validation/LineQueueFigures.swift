import Forecast
import Foundation

/// The queue figures of a real number of agents on a channel answered on line (voice, chat).
///
/// Uses the sizing models unchanged (``Sizing/figures(for:_:)``: Erlang C, Erlang A with the
/// channel's patience, chat with its concurrency). A roster gives real numbers of agents (an agent
/// covering half an interval counts 0.5, and shrinkage multiplies by 1 − shrinkage), while the
/// models need whole servers, so the figures of `x` agents interpolate linearly between whole
/// servers: with `s = x·k` servers (`k` chats per agent, 1 for voice),
///
///     F(x) = F(⌊s⌋) + (s − ⌊s⌋) · (F(⌈s⌉) − F(⌊s⌋))
///
/// for service level, ASA, abandonment and occupancy: the rule ``Sizing`` uses for fractional
/// requirements, read in reverse, so a channel given exactly its requirement validates at its
/// target (chat used to interpolate between whole agents, 2 slots apart, and validated a roster
/// holding its exact requirement at 76.9 % against 80 %). ASA is unbounded (nil) when ⌊x⌋ is overloaded under Erlang C
/// and ⌊x⌋ carries weight. Example: 48 Erlangs, 80/20, Erlang C: SL 0.790 at 51 agents and 0.877
/// at 52, so 51.5 agents give 0.8335.
public struct LineQueueFigures: Sendable {
  var channel: Channel
  var shrinkage: Percentage
  var intervalSeconds: Double

  init(channel: Channel, shrinkage: Percentage, intervalSeconds: Double) {
    self.channel = channel
    self.shrinkage = shrinkage
    self.intervalSeconds = intervalSeconds
  }

  /// The figures of `channel` in `plan` (its shrinkage, the plan's interval length).
  public init(plan: Plan, channel: Channel) {
    self.init(
      channel: channel, shrinkage: plan.shrinkage(for: channel), intervalSeconds: Double(plan.intervalLength.seconds))
  }

  /// The figures of `agents` rostered agents (before shrinkage) facing `volume` contacts.
  func outcome(
    interval: Int, volume: Double, handleSeconds: Double, agents: Double, answerTime: Duration? = nil
  ) -> IntervalOutcome {
    let available = max(0, agents * (1 - shrinkage.fraction))
    guard volume > 0, handleSeconds > 0 else {
      return IntervalOutcome(
        interval: interval, volume: volume, handleSeconds: handleSeconds, agents: agents,
        availableAgents: available, serviceLevel: 1, asa: 0,
        abandonment: channel.patience == nil ? nil : 0, occupancy: 0)
    }
    let request = self.request(volume: volume, handleSeconds: handleSeconds, answerTime: answerTime)
    let servers = available * Double(request.chat?.concurrency ?? 1)
    let low = (servers + 1e-9).rounded(.down)
    let weight = max(0, servers - low)
    let below = Sizing.figures(request, servers: Int(low))
    let above = weight > 1e-12 ? Sizing.figures(request, servers: Int(low) + 1) : below
    func mix(_ a: Double, _ b: Double) -> Double { a + weight * (b - a) }
    let asa: Double? =
      if let a = below.asa?.inSeconds, let b = above.asa?.inSeconds { mix(a, b) } else if weight == 1 {
        above.asa?.inSeconds
      } else { nil }
    let abandonment: Double? =
      if let a = below.abandonment?.fraction, let b = above.abandonment?.fraction { mix(a, b) } else { nil }
    return IntervalOutcome(
      interval: interval, volume: volume, handleSeconds: handleSeconds, agents: agents,
      availableAgents: available,
      serviceLevel: mix(below.serviceLevel.fraction, above.serviceLevel.fraction), asa: asa,
      abandonment: abandonment, occupancy: mix(below.occupancy.fraction, above.occupancy.fraction))
  }

  /// Only the service level within `answerTime` (for the search of the strongest promise).
  /// Service level of `agents` scheduled (before shrinkage) within `answerTime`.
  public func serviceLevel(volume: Double, handleSeconds: Double, agents: Double, answerTime: Duration) -> Double {
    outcome(interval: 0, volume: volume, handleSeconds: handleSeconds, agents: agents, answerTime: answerTime)
      .serviceLevel
  }

  func request(volume: Double, handleSeconds: Double, answerTime: Duration?) -> SizingRequest {
    let target = ServiceTarget(share: channel.target.share, answerTime: answerTime ?? channel.target.answerTime)
    return SizingRequest(
      traffic: Traffic(volume: volume, per: .seconds(intervalSeconds), handleTime: .seconds(handleSeconds)),
      target: target, patience: channel.patience, shrinkage: Percentage(fraction: 0),
      chat: channel.kind == .chat ? ChatConcurrency(concurrency: channel.concurrency ?? 1) : nil)
  }
}
