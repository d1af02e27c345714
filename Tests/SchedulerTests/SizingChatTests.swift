import Forecast
import Testing

@testable import Scheduler

@Suite struct SizingChatTests {
  // 60 chats per 30 min, 300 s alone, 3 at once: each chat takes 300 × 1.5 = 450 s.
  let request = SizingRequest(
    traffic: Traffic(volume: 60, per: .seconds(1800), handleTime: .seconds(300)),
    target: try! ServiceTarget(parsing: "80/60"), chat: ChatConcurrency(concurrency: 3))

  @Test func handleTimeGrowsWithConcurrency() {
    #expect(ChatConcurrency(concurrency: 1).handleTime(alone: .seconds(300)) == .seconds(300))
    #expect(ChatConcurrency(concurrency: 3).handleTime(alone: .seconds(300)) == .seconds(450))
  }

  @Test func requirementIsSlotsDividedByConcurrency() throws {
    let requirement = try Sizing.require(request)
    #expect(requirement.model == .chat)
    let slots = try Sizing.require(
      SizingRequest(
        traffic: Traffic(volume: 60, per: .seconds(1800), handleTime: .seconds(450)),
        target: request.target))
    #expect(abs(requirement.agentsFractional - slots.agentsFractional / 3) < 1e-12)
    #expect(requirement.agents == (slots.agents + 2) / 3)
    #expect(requirement.serviceLevel!.fraction >= 0.8)
  }

  @Test func figuresMatchSimulationOfAgentsWithSlots() {
    // 6 agents × 3 slots, exponential 450 s chats, 1/30 s arrivals: seeded simulation of the model.
    let figures = Sizing.figures(for: 6, request)
    let simulated = QueueSimulation(
      arrivalsPerSecond: 60.0 / 1800, handleSeconds: 450, patienceSeconds: nil, servers: 18, answerSeconds: 60
    ).run(customers: 300_000, seed: 5)
    #expect(abs(figures.serviceLevel!.fraction - simulated.serviceLevel) < 0.01)
    #expect(abs(figures.waitProbability!.fraction - simulated.waitProbability) < 0.015)
    #expect(abs(figures.occupancy.fraction - simulated.occupancy) < 0.01)
  }

  @Test func moreConcurrencyNeedsFewerAgents() throws {
    var previous = Double.infinity
    for k in 1...4 {
      var varied = request
      varied.chat = ChatConcurrency(concurrency: k)
      let fractional = try Sizing.require(varied).agentsFractional
      #expect(fractional < previous)
      previous = fractional
    }
  }
}
