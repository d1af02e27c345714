import Forecast
import Testing

@testable import Scheduler

/// Reference figures: `python3 scripts/sizing_reference.py` (a truncated CTMC solved by linear
/// algebra and the tagged caller's wait as a phase-type chain through scipy's `expm`, no incomplete
/// beta) gave, for 48 calls/min, AHT 60 s, mean patience 120 s, t = 20 s:
/// 50 agents: SL 0.943019, abandonment 0.030912, wait 0.467774, ASA 3.70947 s, occupancy 0.930324;
/// 45 agents: SL 0.764747; 46 agents: SL 0.817566 (so 80/20 needs 46); 40 agents: SL 0.389505.
@Suite struct SizingErlangATests {
  let traffic = Traffic(volume: 48, per: .seconds(60), handleTime: .seconds(60))
  let patience = Duration.seconds(120)

  @Test func referenceFiguresMatchIndependentComputation() {
    let figures = ErlangA.figures(servers: 50, traffic: traffic, patience: patience, answerTime: .seconds(20))
    #expect(abs(figures.serviceLevel.fraction - 0.943019) < 1e-5)
    #expect(abs(figures.abandonment!.fraction - 0.030912) < 1e-5)
    #expect(abs(figures.waitProbability.fraction - 0.467774) < 1e-5)
    #expect(abs(figures.asa!.inSeconds - 3.70947) < 1e-4)
    #expect(abs(figures.occupancy.fraction - 0.930324) < 1e-5)
    for (servers, level) in [(45, 0.764747), (46, 0.817566), (40, 0.389505)] {
      let figures = ErlangA.figures(servers: servers, traffic: traffic, patience: patience, answerTime: .seconds(20))
      #expect(abs(figures.serviceLevel.fraction - level) < 1e-5)
    }
  }

  @Test func referenceFiguresMatchSimulation() {
    // Seeded simulation, 400,000 calls.
    let simulated = QueueSimulation(
      arrivalsPerSecond: 0.8, handleSeconds: 60, patienceSeconds: 120, servers: 50, answerSeconds: 20
    ).run(customers: 400_000, seed: 11)
    #expect(abs(simulated.serviceLevel - 0.943) < 0.01)
    #expect(abs(simulated.abandonment - 0.0309) < 0.005)
    #expect(abs(simulated.waitProbability - 0.468) < 0.02)
    #expect(abs(simulated.asa - 3.71) < 0.5)
  }

  @Test func overloadedStaffMatchesSimulation() {
    // 30 agents for 48 Erlangs: no steady state without abandonment, a finite one with it.
    let figures = ErlangA.figures(servers: 30, traffic: traffic, patience: patience, answerTime: .seconds(20))
    let simulated = QueueSimulation(
      arrivalsPerSecond: 0.8, handleSeconds: 60, patienceSeconds: 120, servers: 30, answerSeconds: 20
    ).run(customers: 300_000, seed: 3)
    #expect(abs(figures.abandonment!.fraction - simulated.abandonment) < 0.01)
    #expect(abs(figures.serviceLevel.fraction - simulated.serviceLevel) < 0.01)
    #expect(abs(figures.asa!.inSeconds - simulated.asa) < 2)
  }

  @Test func fortySixAgentsKeepEightyTwentyWithPatience() throws {
    let request = SizingRequest(
      traffic: traffic, target: try ServiceTarget(parsing: "80/20"), patience: patience)
    let requirement = try Sizing.require(request)
    #expect(requirement.model == .erlangA)
    #expect(requirement.agents == 46)
    #expect(requirement.agentsFractional > 45 && requirement.agentsFractional <= 46)
    #expect(requirement.abandonment != nil)
  }

  @Test func fewerAgentsThanLoadCanMeetATarget() throws {
    // Short patience: callers leave fast, so fewer agents than the 48 Erlangs keep 50/60.
    let request = SizingRequest(
      traffic: traffic, target: try ServiceTarget(parsing: "50/60"), patience: .seconds(30))
    let requirement = try Sizing.require(request)
    #expect(requirement.agents < 48)
    #expect(requirement.serviceLevel!.fraction >= 0.5)
  }

  @Test func moreAgentsNeverLowerServiceLevel() {
    var previous = 0.0
    for servers in 1...90 {
      let level = ErlangA.figures(servers: servers, traffic: traffic, patience: patience, answerTime: .seconds(20))
        .serviceLevel.fraction
      #expect(level >= previous - 1e-12)
      previous = level
    }
  }

  @Test func largeLoadAndTenThousandAgentsGiveFiniteFigures() {
    for (rate, servers) in [(2.0, 520), (2.0, 100), (9800.0 / 180, 10_000), (9800.0 / 180, 10)] {
      let load = Traffic(arrivalsPerSecond: rate, handleTime: .seconds(rate == 2 ? 240 : 180))
      let figures = ErlangA.figures(servers: servers, traffic: load, patience: patience, answerTime: .seconds(20))
      for value in [figures.serviceLevel.fraction, figures.abandonment!.fraction, figures.waitProbability.fraction,
                    figures.occupancy.fraction, figures.asa!.inSeconds] {
        #expect(value.isFinite && value >= 0)
      }
    }
  }

  @Test func requirementRisesWhenVolumeRises() throws {
    var previous = 0
    for volume in stride(from: 5.0, through: 400, by: 13) {
      let request = SizingRequest(
        traffic: Traffic(volume: volume, per: .seconds(60), handleTime: .seconds(60)),
        target: try ServiceTarget(parsing: "80/20"), patience: patience)
      let agents = try Sizing.require(request).agents
      #expect(agents >= previous)
      previous = agents
    }
  }
}
