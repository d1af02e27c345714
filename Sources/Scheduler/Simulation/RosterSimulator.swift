import Forecast
import Foundation

/// Simulates a roster week many times and reports, per channel, the simulated service level and the
/// probability of keeping the promise.
///
/// Each replication is one run of ``WeekSimulation`` with its own random stream, derived from the
/// seed and the replication number only, so results are identical whatever the number of threads.
/// Replications run on `options.threads` threads (2 by default); each thread reuses one engine.
public enum RosterSimulator {
  /// Runs `options.replications` replications of `week`. `agentSkills` maps agent ids to the
  /// channel ids of their agents.csv skills (empty: only rostered channels).
  public static func run(
    _ week: ValidationWeek, agentSkills: [String: [String]] = [:], options: SimulationOptions
  ) -> SimulationSummary {
    let model = SimulationModel(week: week, agentSkills: agentSkills)
    let count = options.replications
    let threads = max(1, min(options.threads, count))
    let results = ResultBox(count: count)
    let started = Date()
    DispatchQueue.concurrentPerform(iterations: threads) { worker in
      var engine = WeekSimulation(model: model, options: options)
      var replication = worker
      while replication < count {
        let tally = engine.run(seed: seed(options.seed, replication))
        results.store(tally, at: replication)
        replication += threads
      }
    }
    let seconds = Date().timeIntervalSince(started)
    let tallies = results.values()
    let channels = week.plan.channels.enumerated().map { c, channel in
      let levels = tallies.map { $0.offered[c] > 0 ? $0.inTime[c] / $0.offered[c] : 1 }
      let abandonment = tallies.map { $0.offered[c] > 0 ? $0.abandoned[c] / $0.offered[c] : 0 }
      let share = channel.target.share.fraction
      return SimulationSummary.Channel(
        channel: channel.id, serviceLevel: levels.reduce(0, +) / Double(count),
        probabilityKept: Double(levels.filter { $0 >= share - 1e-12 }.count) / Double(count),
        lowServiceLevel: quantile(levels, 0.1),
        abandonment: channel.kind.waitsOnLine && channel.patience != nil
          ? abandonment.reduce(0, +) / Double(count) : nil,
        contactsPerReplication: tallies.reduce(0) { $0 + $1.offered[c] } / Double(count))
    }
    return SimulationSummary(
      replications: count, channels: channels, events: tallies.reduce(0) { $0 + $1.events }, seconds: seconds)
  }

  /// The stream seed of replication `r`: a SplitMix64 step away from the run's seed.
  static func seed(_ seed: UInt64, _ replication: Int) -> UInt64 {
    var generator = SplitMix64(seed: seed &+ UInt64(replication) &* 0xD1B5_4A32_D192_ED03)
    return generator.next()
  }

  /// The `p` quantile (nearest rank) of `values`.
  static func quantile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, max(0, Int((p * Double(sorted.count)).rounded(.up)) - 1))]
  }

  /// Results written by worker threads at distinct indices.
  final class ResultBox: @unchecked Sendable {
    private var tallies: [WeekSimulation.Tally?]
    private let lock = NSLock()

    init(count: Int) { tallies = Array(repeating: nil, count: count) }

    func store(_ tally: WeekSimulation.Tally, at index: Int) {
      lock.lock()
      tallies[index] = tally
      lock.unlock()
    }

    func values() -> [WeekSimulation.Tally] {
      lock.lock()
      defer { lock.unlock() }
      return tallies.map { $0! }
    }
  }
}
