import Foundation
@testable import Scheduler
import Testing

@testable import staffplan

/// validate's verdict line names a promise kept by formula that the simulation keeps in too few
/// weeks (benchmark M's chat: 80.1 % by formula, kept in 0 of 30 simulated weeks, and the line
/// read "all promises kept").
@Suite struct ValidationTextTests {
  static func summary(_ probabilityKept: Double) -> SimulationSummary {
    var summary = SimulationSummary(replications: 30, channels: [], events: 0, seconds: 0)
    summary.channels = [
      .init(channel: "voice", serviceLevel: 0.75, probabilityKept: probabilityKept, lowServiceLevel: 0.7,
            abandonment: nil, contactsPerReplication: 100)
    ]
    return summary
  }

  @Test func aPromiseAtRiskInSimulationIsOnTheVerdictLine() throws {
    let voice = try #require(try ReportFixture.plan().channels.first { $0.id == "voice" })
    let report = ValidationReport(channels: [
      ChannelValidation(channel: voice, serviceLevel: 0.801, kept: true, strongestKept: nil, volume: 100, days: [], intervals: [])
    ])
    let risky = ValidationText.table(report, simulation: Self.summary(0.0)).split(separator: "\n").last.map(String.init)
    #expect(risky == "all promises kept by formula; at risk in simulation: voice (kept in 0 of 30 weeks); "
      + "service_level_margin in plan.yaml plans above the promise (docs/validation.md)")
    let kept = ValidationText.table(report, simulation: Self.summary(0.9)).split(separator: "\n").last.map(String.init)
    #expect(kept == "all promises kept")
    #expect(ValidationText.table(report, simulation: nil).hasSuffix("\nall promises kept"))
  }

  /// The at-risk line plan's summary and publish share: one per promise kept by formula in fewer
  /// than 80 % of simulated weeks, none for a broken or a safe one.
  @Test func riskLinesNameOnlyPromisesKeptByFormulaAndAtRisk() throws {
    let voice = try #require(try ReportFixture.plan().channels.first { $0.id == "voice" })
    let kept = ValidationReport(channels: [
      ChannelValidation(channel: voice, serviceLevel: 0.801, kept: true, strongestKept: nil, volume: 100, days: [], intervals: [])
    ])
    #expect(
      PlanSummary.riskLines(simulation: Self.summary(13.0 / 30), validation: kept) == [
        "voice: at risk: kept by formula, in 13 of 30 simulated weeks; service_level_margin in plan.yaml plans above the promise (docs/validation.md)"
      ])
    #expect(PlanSummary.riskLines(simulation: Self.summary(0.8), validation: kept) == [])
    let broken = ValidationReport(channels: [
      ChannelValidation(channel: voice, serviceLevel: 0.79, kept: false, strongestKept: nil, volume: 100, days: [], intervals: [])
    ])
    #expect(PlanSummary.riskLines(simulation: Self.summary(0.1), validation: broken) == [])
  }

  /// The margin does not reach e-mail and messaging promises, so their remedy is hours with the
  /// skill (the demo's WhatsApp at risk was told to set the margin).
  @Test func aDeferredPromiseAtRiskIsToldToAddHoursNotTheMargin() throws {
    let plan = try PlanReader.read(
      yaml: ReportFixture.planYAML + "\n  - id: whatsapp\n    kind: messaging\n    hours: { mon-sun: \"08:00-12:00\" }\n    target: 80%/2h\n")
    let voice = try #require(plan.channels.first { $0.id == "voice" })
    let whatsapp = try #require(plan.channels.first { $0.id == "whatsapp" })
    #expect(ReportSections.riskRemedy([whatsapp])
      == "more agent-hours with the skill in its hours (the margin covers calls and chats only) (docs/validation.md)")
    #expect(ReportSections.riskRemedy([voice, whatsapp]).hasPrefix("voice: service_level_margin in plan.yaml plans above the promise; whatsapp: more"))
  }
}

/// An agent splitting an interval between channels starts it on the channel it ended the interval
/// before with, so the two pieces join across the edge: one change of channel, not two.
@Suite struct SplitIntervalOrderTests {
  @Test func aSplitIntervalStartsOnTheChannelBefore() {
    let split: [Roster.ChannelShare] = [.init(channel: 0, share: 0.6), .init(channel: 1, share: 0.4)]
    #expect(RosterBuilder.joiningEdge(split, after: 1).map(\.channel) == [1, 0])
    #expect(RosterBuilder.joiningEdge(split, after: 1).map(\.share) == [0.4, 0.6])
    #expect(RosterBuilder.joiningEdge(split, after: 0).map(\.channel) == [0, 1])
    #expect(RosterBuilder.joiningEdge(split, after: 2).map(\.channel) == [0, 1])
    #expect(RosterBuilder.joiningEdge(split, after: nil).map(\.channel) == [0, 1])
    // Both edges: voice (1) joins the interval before, email (2) the interval after.
    var shares: [Int: [Int: [Roster.ChannelShare]]] = [
      7: [
        0: [.init(channel: 1, share: 1)],
        1: [.init(channel: 2, share: 0.3), .init(channel: 0, share: 0.4), .init(channel: 1, share: 0.3)],
        2: [.init(channel: 2, share: 1)],
      ]
    ]
    RosterBuilder.joinEdges(&shares)
    #expect(shares[7]?[1]?.map(\.channel) == [1, 0, 2])
    #expect(shares[7]?[1]?.map(\.share) == [0.3, 0.4, 0.3])
  }
}

/// The fallback's sentence names the promises the other roster keeps, or says it keeps none (a
/// planner's short week read "kept the promises of no promise").
@Suite struct FallbackWordingTests {
  @Test func promisesKeptOrNone() {
    #expect(SchedulePipeline.list([]) == "no promise")
    #expect(SchedulePipeline.list(["voice", "chat"]) == "the promises of chat, voice")
  }
}
