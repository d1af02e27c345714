import Forecast
import Testing

@testable import Scheduler

@Suite struct SizingRequirementTests {
  let traffic = Traffic(volume: 48, per: .seconds(60), handleTime: .seconds(60))

  @Test func fractionalAgentsInterpolateServiceLevel() throws {
    let requirement = try Sizing.require(SizingRequest(traffic: traffic, target: try ServiceTarget(parsing: "80/20")))
    let below = ErlangC.figures(servers: 51, traffic: traffic, answerTime: .seconds(20)).serviceLevel.fraction
    let at = ErlangC.figures(servers: 52, traffic: traffic, answerTime: .seconds(20)).serviceLevel.fraction
    #expect(abs(requirement.agentsFractional - (51 + (0.8 - below) / (at - below))) < 1e-12)
  }

  @Test func occupancyCapUsesLoadOverCapExactly() throws {
    // 48 Erlangs capped at 85 %: 56.47 agents, 57 on the phones.
    let requirement = try Sizing.require(
      SizingRequest(
        traffic: traffic, target: try ServiceTarget(parsing: "80/20"), maxOccupancy: Percentage(fraction: 0.85)))
    #expect(requirement.agents == 57)
    #expect(abs(requirement.agentsFractional - 48 / 0.85) < 1e-9)
    #expect(requirement.occupancy.fraction <= 0.85)
  }

  @Test func occupancyCapUnderErlangAUsesServedLoad() throws {
    let requirement = try Sizing.require(
      SizingRequest(
        traffic: traffic, target: try ServiceTarget(parsing: "50/20"), patience: .seconds(120),
        maxOccupancy: Percentage(fraction: 0.9)))
    #expect(requirement.occupancy.fraction <= 0.9)
    let fewer = Sizing.figures(
      for: requirement.agents - 1,
      SizingRequest(traffic: traffic, target: try ServiceTarget(parsing: "50/20"), patience: .seconds(120)))
    #expect(fewer.occupancy.fraction > 0.9)
    #expect(requirement.agentsFractional > Double(requirement.agents - 1))
  }

  @Test func shrinkageScalesScheduledAgents() throws {
    let requirement = try Sizing.require(
      SizingRequest(
        traffic: traffic, target: try ServiceTarget(parsing: "80/20"), shrinkage: Percentage(fraction: 0.3)))
    #expect(abs(requirement.scheduledAgents - requirement.agentsFractional / 0.7) < 1e-12)
  }

  @Test func noTrafficNeedsNoAgents() throws {
    let requirement = try Sizing.require(
      SizingRequest(
        traffic: Traffic(arrivalsPerSecond: 0, handleTime: .seconds(60)), target: try ServiceTarget(parsing: "80/20")))
    #expect(requirement.agents == 0 && requirement.agentsFractional == 0)
  }
}
