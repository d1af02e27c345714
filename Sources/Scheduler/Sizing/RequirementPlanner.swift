import Dispatch
import Forecast
import Foundation

/// Turns a forecast into requirements per channel and interval with each channel's model.
///
/// Chooses the model from the plan: voice with `patience` → Erlang A, without → Erlang C; chat →
/// the chat model with the channel's `concurrency` (Erlang A when it has patience); e-mail and
/// messaging → deferred workload. Rows of line channels in closed intervals are dropped (nobody is
/// staffed there); deferred channels keep every interval, since their work arrives at any hour.
public struct RequirementPlanner: Sendable {
  public var plan: Plan

  public init(plan: Plan) { self.plan = plan }

  /// One requirement per forecast row that needs one, in the forecast's order.
  ///
  /// A target no staff can meet (say 100 % within 0 s) is an ``InputError`` naming the channel's
  /// target in plan.yaml and the first interval where it failed.
  public func requirements(for forecast: ForecastTable) throws(InputError) -> [Requirement] {
    let channels = Dictionary(uniqueKeysWithValues: plan.channels.map { ($0.id, $0) })
    let rows = forecast.rows.filter { row in
      guard let channel = channels[row.channel] else { return false }
      return channel.kind.isDeferred || isOpen(channel, at: row.start)
    }
    // Rows are independent: size them on every core, each result in its row's slot (same order,
    // same bytes whatever the scheduling of threads).
    var results = [Result<Requirement, SizingError>?](repeating: nil, count: rows.count)
    let chunk = 2048
    results.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let slots = buffer
      DispatchQueue.concurrentPerform(iterations: (rows.count + chunk - 1) / chunk) { part in
        for index in (part * chunk)..<min(rows.count, (part + 1) * chunk) {
          let row = rows[index]
          do throws(SizingError) {
            slots[index] = .success(try requirement(channels[row.channel]!, row))
          } catch {
            slots[index] = .failure(error)
          }
        }
      }
    }
    var requirements: [Requirement] = []
    requirements.reserveCapacity(rows.count)
    for (row, result) in zip(rows, results) {
      switch result! {
      case .success(let requirement): requirements.append(requirement)
      case .failure:
        let channel = channels[row.channel]!
        throw InputError(
          file: "plan.yaml", field: "channels[\(channel.id)].target",
          problem: "\(channel.target.text) cannot be met by up to \(Sizing.agentLimit) agents at \(plan.calendar.text(for: row.start))",
          remedy: "lower the share or lengthen the answer time")
      }
    }
    return requirements
  }

  /// True when `channel` is open at the interval starting at `start`.
  public func isOpen(_ channel: Channel, at start: Date) -> Bool {
    let local = plan.calendar.localTime(for: start)
    return channel.hours.isOpen(local.date, minuteOfDay: local.minuteOfDay, holidays: plan.holidays)
  }

  /// The sizing request of a line channel (voice, chat) for one interval's volume and handle time.
  public func request(_ channel: Channel, volume: Double, handleTime: Duration) -> SizingRequest {
    SizingRequest(
      traffic: Traffic(volume: volume, per: plan.intervalLength.duration, handleTime: handleTime),
      target: channel.target, patience: channel.patience, maxOccupancy: channel.maxOccupancy,
      shrinkage: plan.shrinkage(for: channel),
      chat: channel.kind == .chat ? ChatConcurrency(concurrency: channel.concurrency ?? 1) : nil)
  }

  func requirement(_ channel: Channel, _ row: ForecastTable.Row) throws(SizingError) -> Requirement {
    let figures: StaffingRequirement
    if channel.kind.isDeferred {
      let perAgent = Double(channel.concurrency ?? 1)
      figures = Sizing.requireDeferred(
        volume: row.volume / perAgent, handleTime: row.handleTime, interval: plan.intervalLength.duration,
        shrinkage: plan.shrinkage(for: channel))
    } else {
      // No handle time is no workload (readers refuse it with contacts; an empty interval may carry 0).
      let handled = row.handleTime > .zero
      figures = try Sizing.require(
        request(channel, volume: handled ? row.volume : 0, handleTime: handled ? row.handleTime : .seconds(1)))
    }
    return Requirement(
      channel: channel.id, start: row.start, volume: row.volume, handleTime: row.handleTime,
      agents: figures.scheduledAgents, model: figures.model, figures: figures)
  }
}
