import Forecast
import Testing

@testable import Scheduler

/// Reference figures: `python3 scripts/sizing_reference.py` (exact rational A^n/n!, independent of
/// the recurrence) gave, for 360 calls / 30 min, AHT 240 s, 55 agents, t = 15 s:
/// wait 0.238700936, SL 0.845883092, ASA 8.184032104 s, occupancy 0.872727273;
/// for 48 calls/min, AHT 60 s, t = 20 s: SL 0.7898 at 51 agents, 0.8772 at 52.
@Suite struct SizingErlangCTests {
  let traffic = Traffic(volume: 360, per: .seconds(1800), handleTime: .seconds(240))

  @Test func referenceFiguresMatchExactComputation() {
    let figures = ErlangC.figures(servers: 55, traffic: traffic, answerTime: .seconds(15))
    #expect(abs(figures.waitProbability.fraction - 0.238700936) < 1e-8)
    #expect(abs(figures.serviceLevel.fraction - 0.845883092) < 1e-8)
    #expect(abs(figures.asa!.inSeconds - 8.184032104) < 1e-6)
    #expect(abs(figures.occupancy.fraction - 0.872727273) < 1e-8)
    #expect(figures.abandonment == nil)
  }

  @Test func referenceFiguresMatchSimulation() {
    // Seeded simulation, 400,000 calls: SL, wait probability and ASA within sampling error.
    let simulated = QueueSimulation(
      arrivalsPerSecond: 0.2, handleSeconds: 240, patienceSeconds: nil, servers: 55, answerSeconds: 15
    ).run(customers: 400_000, seed: 7)
    #expect(abs(simulated.serviceLevel - 0.8459) < 0.015)
    #expect(abs(simulated.waitProbability - 0.2387) < 0.015)
    #expect(abs(simulated.asa - 8.18) < 1.0)
  }

  @Test func fiftyTwoAgentsKeepEightyTwentyAtFortyEightErlangs() throws {
    let request = SizingRequest(
      traffic: Traffic(volume: 48, per: .seconds(60), handleTime: .seconds(60)),
      target: try ServiceTarget(parsing: "80/20"))
    let requirement = try Sizing.require(request)
    #expect(requirement.model == .erlangC)
    #expect(requirement.agents == 52)
    #expect(requirement.agentsFractional > 51 && requirement.agentsFractional < 52)
    #expect(abs(requirement.serviceLevel!.fraction - 0.8772) < 1e-4)
  }

  @Test func largeLoadGivesFiniteFigures() {
    // The textbook A^N/N! form overflows here.
    let figures = ErlangC.figures(
      servers: 520, traffic: Traffic(arrivalsPerSecond: 2, handleTime: .seconds(240)), answerTime: .seconds(20))
    #expect(figures.waitProbability.fraction.isFinite && figures.waitProbability.fraction > 0)
    #expect(figures.serviceLevel.fraction > 0.5 && figures.serviceLevel.fraction <= 1)
    #expect(figures.asa!.inSeconds.isFinite)
  }

  @Test func tenThousandAgentsAreSized() throws {
    let request = SizingRequest(
      traffic: Traffic(arrivalsPerSecond: 9800.0 / 180, handleTime: .seconds(180)),
      target: try ServiceTarget(parsing: "80/20"))
    let requirement = try Sizing.require(request)
    #expect(requirement.agents > 9800 && requirement.agents < 10_000)
    #expect(requirement.serviceLevel!.fraction >= 0.8)
    let figures = ErlangC.figures(servers: 10_000, traffic: request.traffic, answerTime: .seconds(20))
    #expect(figures.serviceLevel.fraction > 0.99 && figures.serviceLevel.fraction <= 1)
  }

  @Test func overloadIsReportedNotNegative() {
    for servers in [1, 47, 48] {
      let figures = ErlangC.figures(servers: servers, traffic: traffic, answerTime: .seconds(15))
      #expect(figures.isOverloaded)
      #expect(figures.serviceLevel.fraction == 0)
      #expect(figures.asa == nil)
      #expect(figures.waitProbability.fraction == 1)
    }
    #expect(!ErlangC.figures(servers: 49, traffic: traffic, answerTime: .seconds(15)).isOverloaded)
  }

  @Test func moreAgentsNeverLowerServiceLevel() {
    var previous = 0.0
    for servers in 1...120 {
      let level = ErlangC.figures(servers: servers, traffic: traffic, answerTime: .seconds(15)).serviceLevel.fraction
      #expect(level >= previous)
      previous = level
    }
  }

  @Test func requirementRisesWhenVolumeRises() throws {
    var previous = 0
    for volume in stride(from: 10.0, through: 2000, by: 37) {
      let request = SizingRequest(
        traffic: Traffic(volume: volume, per: .seconds(1800), handleTime: .seconds(240)),
        target: try ServiceTarget(parsing: "80/20"))
      let agents = try Sizing.require(request).agents
      #expect(agents >= previous)
      previous = agents
    }
  }

  @Test func requirementRisesWhenHandleTimeRises() throws {
    var previous = 0.0
    for seconds in stride(from: 60, through: 900, by: 20) {
      let request = SizingRequest(
        traffic: Traffic(volume: 300, per: .seconds(1800), handleTime: .seconds(seconds)),
        target: try ServiceTarget(parsing: "80/20"))
      let fractional = try Sizing.require(request).agentsFractional
      #expect(fractional >= previous)
      previous = fractional
    }
  }
}
