import Forecast
import Foundation

/// Agents required on one channel in one interval, after shrinkage, as the scheduler consumes them.
///
/// For channels answered on line (voice, chat) `agents` is the real number of agents that keeps the
/// target in that interval (``Sizing/require(_:)``), divided by `1 - shrinkage`. For deferred work
/// (e-mail, messaging) it is the workload arriving in the interval, in agents (volume x handle time /
/// interval length / concurrency, after shrinkage): the scheduler serves it within the channel's
/// window, so it may fall outside opening hours.
public struct Requirement: Sendable, Hashable, Codable {
  public var channel: String
  /// Start of the interval.
  public var start: Date
  public var volume: Double
  public var handleTime: Duration
  /// Real agents after shrinkage (never rounded here: the scheduler rounds once, on sums).
  public var agents: Double
  public var model: SizingModel
  /// Service level, wait, occupancy and abandonment of the integer staff that meets the target.
  public var figures: StaffingRequirement

  public init(channel: String, start: Date, volume: Double, handleTime: Duration, agents: Double,
              model: SizingModel, figures: StaffingRequirement) {
    self.channel = channel
    self.start = start
    self.volume = volume
    self.handleTime = handleTime
    self.agents = agents
    self.model = model
    self.figures = figures
  }
}
