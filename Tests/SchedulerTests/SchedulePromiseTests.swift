import Forecast
import Testing

@testable import Scheduler

/// Scheduling to the week's promise (`--objective promise`): service curves, the week row, the floor.
@Suite struct SchedulePromiseTests {
  /// Two one-hour intervals of 10 contacts; one agent answers 50 % in time, two 90 %, three 100 %.
  static func twoHours(share: Double, promise: Bool, agents: Int = 4) -> SchedulingProblem {
    let curve = ServiceCurve(
      points: [.init(agents: 1, level: 0.5), .init(agents: 2, level: 0.9), .init(agents: 3, level: 1)])
    var voice = Fixture.voice([2, 2])
    if promise {
      voice.promise = ServicePromise(share: share, volume: [10, 10], curves: [curve, curve])
    }
    return Fixture.problem(
      hoursPerDay: [2], channels: [voice], lengths: [1],
      agents: (0..<agents).map { Fixture.agent("a\($0)", max: 1) })
  }

  /// By hand: 69 % of 20 contacts (plus the 0.2-point margin: 13.84) needs 2 agents in one hour
  /// and 1 in the other (9 + 5 = 14 answered in time): 3 agent-hours. Covering each hour's
  /// requirement (2 agents, 90 %) takes 4.
  @Test func promiseNeedsFewerHoursThanCoveringEveryInterval() throws {
    let promise = try Fixture.solve(Self.twoHours(share: 0.69, promise: true))
    let requirement = try Fixture.solve(Self.twoHours(share: 0.69, promise: false))
    #expect(promise.report.paidHours == 3)
    #expect(requirement.report.paidHours == 4)
    #expect(promise.report.gap < 1e-6)
    let onVoice = promise.roster.coverage[0].scheduled
    #expect(onVoice.sorted() == [1, 2])
  }

  /// A margin plans above the promise: 69 % + 5 points needs 14.84 of 20 contacts, which 1 + 2
  /// agents (14) no longer give: 2 + 2 (18).
  @Test func marginPlansAboveThePromise() throws {
    var problem = Self.twoHours(share: 0.69, promise: true)
    problem.channels[0].promise?.margin = 0.05
    #expect(try Fixture.solve(problem).report.paidHours == 4)
  }

  /// With agents too few for the promise, the week's shortfall is priced, never infeasible: all
  /// agents work, where they buy the most service.
  @Test func shortWeekReportsAShortfallAndUsesEveryAgent() throws {
    let result = try Fixture.solve(Self.twoHours(share: 0.95, promise: true, agents: 3))
    #expect(result.report.paidHours == 3)
    #expect(result.roster.coverage[0].scheduled.sorted() == [1, 2])
  }

  /// The curve the model uses is the validation formula at its points, lies on or under it at
  /// every whole server between the floor and the top (an upper hull), and equals it on the
  /// window around the requirement.
  @Test(arguments: SizingValidationAgreementTests.models.indices)
  func curveIsTheValidationFormulaAtItsPoints(model: Int) throws {
    let (channel, figures, request) = try SizingValidationAgreementTests.queue(model)
    let target = channel.target
    let perServer = 1 / (Double(channel.concurrency ?? 1) * 0.7)
    for volume in [3.0, 17, 40.5, 96, 250] {
      let required = try Sizing.require(request(volume)).scheduledAgents
      let curve = WeekProblem.curve(
        figures: figures, channel: channel, volume: volume, handleSeconds: 210, required: required, floor: 0.5,
        shrinkage: 0.3)
      let formula = { (agents: Double) in
        figures.serviceLevel(volume: volume, handleSeconds: 210, agents: agents, answerTime: target.answerTime)
      }
      for point in curve.points { #expect(abs(curve.level(at: point.agents) - formula(point.agents)) < 1e-9) }
      // The floor: the fewest whole servers at 50 %.
      #expect(formula(curve.floorAgents) >= 0.5 - 1e-9)
      if curve.floorAgents > perServer / 2 { #expect(formula(curve.floorAgents - perServer) < 0.5) }
      // Whole servers from the floor to the top: never above the formula (the long chords lie
      // under a concave curve), exact around the requirement.
      let first = Int((curve.floorAgents / perServer).rounded())
      let top = Int(((curve.points.last?.agents ?? 0) / perServer).rounded())
      for servers in first...top {
        let agents = Double(servers) * perServer
        #expect(curve.level(at: agents) <= formula(agents) + 1e-9, "\(volume) contacts, \(servers) servers")
      }
      let atRequirement = Int((required / perServer - 1e-6).rounded(.up))
      for servers in max(first, atRequirement - 2)...(max(first, atRequirement - 2) + 3) {
        let agents = Double(servers) * perServer
        #expect(abs(curve.level(at: agents) - formula(agents)) < 1e-9, "\(volume) contacts, \(servers) servers")
      }
    }
  }

  /// The upper hull keeps only points that raise the level with falling slopes.
  @Test func hullDropsPointsUnderAChord() {
    let curve = ServiceCurve(points: [
      .init(agents: 3, level: 0.8), .init(agents: 1, level: 0.2), .init(agents: 2, level: 0.6),
      .init(agents: 4, level: 0.8), .init(agents: 2.5, level: 0.65),
    ])
    #expect(curve.points.map(\.agents) == [1, 2, 3])
    #expect(curve.floorAgents == 1)
    #expect(abs(curve.level(at: 2.5) - 0.7) < 1e-12)
    #expect(curve.level(at: 10) == 0.8)
    // At 0 agents the first chord extended gives -0.2: the rows allow that much, validation 0.
    #expect(abs(curve.modelLevel(at: 0) + 0.2) < 1e-12)
    #expect(curve.level(at: 0) == 0)
  }

  /// A channel nobody answers: the roster's objective counts its shortfall as the stage-1 rows
  /// do (a level below 0 where the first chord falls under 0), so the LP relaxation stays a
  /// lower bound of the objective instead of being cut to it.
  @Test func rosterCountsTheShortfallAsTheModelDoes() throws {
    let curve = ServiceCurve(points: [.init(agents: 2, level: 0.3), .init(agents: 3, level: 0.9)])
    var voice = Fixture.voice([3, 3])
    voice.promise = ServicePromise(share: 0.8, volume: [10, 10], curves: [curve, curve])
    let email = Fixture.email([0, 0], window: 1, penalty: 100)
    let problem = Fixture.problem(
      hoursPerDay: [2], channels: [voice, email], lengths: [1], agents: [Fixture.agent("a0", skills: [1])])
    let result = try Fixture.solve(problem)
    let catalog = ShiftCatalog(problem: problem)
    let (_, minHours) = problem.ruleConflicts(catalog: catalog)
    let classes = AgentClass.classes(of: problem, catalog: catalog, minHours: minHours)
    let lp = try WeeklyScheduler().relaxation(problem, catalog, classes, remaining: .seconds(10)).solution
    #expect(abs(result.report.objective - (lp.objective ?? 0)) < 1e-6 * max(1, abs(result.report.objective)))
  }
}

/// `min_interval_service_level`: the plan's floor, a channel's own, the default, and where it is refused.
@Suite struct IntervalFloorKeyTests {
  @Test func floorComesFromTheChannelThePlanOrTheDefaultAndNeverExceedsTheTarget() throws {
    let plain = try PlanReader.read(yaml: specPlanYAML)
    let voice = try #require(plain.channel("voice"))
    #expect(plain.intervalFloor(for: voice).fraction == 0.5)
    let planWide = try PlanReader.read(
      yaml: specPlan(replacing: "holidays: [2026-12-25]", with: "min_interval_service_level: 95%\nholidays: [2026-12-25]"))
    // Never above the promise's share (80/20: 80 %).
    #expect(planWide.intervalFloor(for: try #require(planWide.channel("voice"))).fraction == 0.8)
    let own = try PlanReader.read(
      yaml: specPlan(replacing: "    kind: chat\n", with: "    kind: chat\n    min_interval_service_level: 65%\n"))
    #expect(own.intervalFloor(for: try #require(own.channel("chat"))).fraction == 0.65)
    #expect(own.intervalFloor(for: try #require(own.channel("voice"))).fraction == 0.5)
  }

  @Test func marginIsReadAndBounded() throws {
    let plan = try PlanReader.read(
      yaml: specPlan(replacing: "holidays: [2026-12-25]", with: "service_level_margin: 2%\nholidays: [2026-12-25]"))
    #expect(plan.serviceLevelMargin?.fraction == 0.02)
    #expect {
      try PlanReader.read(
        yaml: specPlan(replacing: "holidays: [2026-12-25]", with: "service_level_margin: 30%\nholidays: [2026-12-25]"))
    } throws: { "\($0)".contains("is not a margin from 0% to 20%") }
  }

  @Test func floorOnDeferredWorkIsRefusedWithItsLine() {
    #expect {
      try PlanReader.read(
        yaml: specPlan(replacing: "    kind: email ", with: "    min_interval_service_level: 60%\n    kind: email "))
    } throws: { error in
      "\(error)".contains("min_interval_service_level applies to voice and chat")
    }
  }
}
