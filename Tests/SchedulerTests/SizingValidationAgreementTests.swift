import Forecast
import Testing

@testable import Scheduler

/// Sizing and validation read one interpolation: a channel given exactly its requirement validates
/// at its target in every interval (or above it, where the occupancy cap asked for more).
@Suite struct SizingValidationAgreementTests {
  static let models: [(name: String, kind: ChannelKind, patience: Duration?, concurrency: Int?)] = [
    ("Erlang C", .voice, nil, nil), ("Erlang A", .voice, .seconds(120), nil),
    ("chat 2", .chat, nil, 2), ("chat 3", .chat, nil, 3),
  ]

  /// A channel of `models[model]` open all week (80/20, chat 80/60), its validation figures at 30 %
  /// shrinkage on 30-minute intervals, and the sizing request of `volume` contacts of 210 s.
  static func queue(_ model: Int) throws -> (
    channel: Channel, figures: LineQueueFigures, request: (Double) -> SizingRequest
  ) {
    let (_, kind, patience, concurrency) = models[model]
    let target = try ServiceTarget(parsing: kind == .chat ? "80/60" : "80/20")
    let channel = Channel(
      id: "c", kind: kind, hours: try OpeningHours(parsing: [(key: "mon-sun", value: "00:00-24:00")]),
      target: target, patience: patience, concurrency: concurrency)
    let shrinkage = Percentage(fraction: 0.3)
    let figures = LineQueueFigures(channel: channel, shrinkage: shrinkage, intervalSeconds: 1800)
    let request = { (volume: Double) in
      SizingRequest(
        traffic: Traffic(volume: volume, per: .seconds(1800), handleTime: .seconds(210)), target: target,
        patience: patience, shrinkage: shrinkage, chat: concurrency.map { ChatConcurrency(concurrency: $0) })
    }
    return (channel, figures, request)
  }

  @Test(arguments: models.indices) func exactRequirementValidatesAtTheTarget(model: Int) throws {
    let (_, figures, request) = try Self.queue(model)
    for volume in [3.0, 17, 40.5, 96, 250, 613] {
      let requirement = try Sizing.require(request(volume))
      let level = figures.outcome(
        interval: 0, volume: volume, handleSeconds: 210, agents: requirement.scheduledAgents
      ).serviceLevel
      #expect(abs(level - 0.8) < 1e-6, "\(Self.models[model].name), \(volume) contacts: \(level)")
    }
  }
}
