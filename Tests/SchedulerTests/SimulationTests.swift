import Forecast
import Foundation
import Scheduler
import Testing

@Suite struct SimulationTests {
  static func voice(patience: String?) -> String {
    """
      - id: voice
        kind: voice
        hours: { daily: "00:00-24:00" }
        target: 80/20
    """ + (patience.map { "\n    patience: \($0)" } ?? "")
  }

  /// Under the formulas' own assumptions (one channel, Poisson arrivals, exponential handle times,
  /// steady rates, the same agents all week, no breaks, no shrinkage) the simulated week's service
  /// level matches Erlang C and Erlang A within one percentage point.
  @Test(arguments: [nil, "120s"])
  func simulationAgreesWithFormulaUnderItsAssumptions(patience: String?) throws {
    let plan = try ValidationFixtures.plan(Self.voice(patience: patience))
    // 40 calls per 15 minutes of 180 s: 8 Erlangs on 10 agents, 26,880 calls a week.
    let forecast = ValidationFixtures.steadyForecast("voice", volume: 40, aht: 180)
    let roster = ValidationFixtures.crew(10, "2026-11-30T00:00", "2026-12-07T00:00", "voice")
    let week = ValidationWeek(plan: plan, forecast: forecast, roster: roster)
    let formula = RosterValidator(week: week).validate().channels[0].serviceLevel
    // 20 weeks: with 8 the mean moved by a point when the warm-up changed (seed noise; 40 weeks:
    // 67.22 % simulated against 67.24 % by formula).
    let simulated = RosterSimulator.run(week, options: SimulationOptions(replications: 20, seed: 42))
    let channel = simulated.channels[0]
    #expect(abs(channel.contactsPerReplication - 26_880) < 400)
    #expect(abs(channel.serviceLevel - formula) < 0.01, "formula \(formula), simulated \(channel.serviceLevel)")
  }

  /// A week of 20 chats of 420 s per 15 minutes (concurrency 2, 80/60) on `agents` agents all week.
  static func steadyChat(agents: Int, shrinkage: String) throws -> ValidationWeek {
    let plan = try ValidationFixtures.plan("""
      - id: chat
        kind: chat
        concurrency: 2
        hours: { daily: "00:00-24:00" }
        target: 80/60
    """, shrinkage: shrinkage)
    let forecast = ValidationFixtures.steadyForecast("chat", volume: 20, aht: 420)
    let roster = ValidationFixtures.crew(agents, "2026-11-30T00:00", "2026-12-07T00:00", "chat")
    return ValidationWeek(plan: plan, forecast: forecast, roster: roster)
  }

  /// Breaks taken whole: 13 agents all week, each on a 15-minute break every 2 hours at its own
  /// slot (1-2 away in each interval), 8 Erlangs, no shrinkage. An agent finishes the call in hand
  /// and then takes the whole break; coming back on time gave the drain time back and read 87.9 %
  /// simulated against 85.7 % by formula; now within a point.
  @Test func breaksTakeTheirWholeLength() throws {
    let plan = try ValidationFixtures.plan(Self.voice(patience: nil))
    let forecast = ValidationFixtures.steadyForecast("voice", volume: 40, aht: 180)
    let calendar = ValidationFixtures.calendar
    let text = { (q: Int) in calendar.localTime(for: calendar.weekIntervals()[0].start.addingTimeInterval(Double(q) * 900)).text }
    var roster: [RosterSegment] = []
    for k in 0..<13 {
      var from = 0
      for q in 0..<(7 * 96) where q % 8 == k % 8 {
        if q > from { roster.append(ValidationFixtures.work("A\(k)", text(from), text(q), "voice")) }
        roster.append(ValidationFixtures.pause("A\(k)", text(q), text(q + 1)))
        from = q + 1
      }
      if from < 7 * 96 { roster.append(ValidationFixtures.work("A\(k)", text(from), text(7 * 96), "voice")) }
    }
    let week = ValidationWeek(plan: plan, forecast: forecast, roster: roster)
    let formula = RosterValidator(week: week).validate().channels[0].serviceLevel
    let simulated = RosterSimulator.run(week, options: SimulationOptions(replications: 20, seed: 42)).channels[0]
    #expect(abs(simulated.serviceLevel - formula) < 0.01, "formula \(formula), simulated \(simulated.serviceLevel)")
  }

  /// Chat under the same assumptions: an agent carries 2 chats, each 1.25 x as long (sizing's
  /// inflation), in the formula as 2 slots per agent; 20 chats of 420 s per 15 minutes on 7-9 agents.
  @Test(arguments: [7, 8, 9])
  func chatSimulationAgreesWithFormulaUnderItsAssumptions(agents: Int) throws {
    let week = try Self.steadyChat(agents: agents, shrinkage: "0%")
    let formula = RosterValidator(week: week).validate().channels[0].serviceLevel
    let simulated = RosterSimulator.run(week, options: SimulationOptions(replications: 8, seed: 42)).channels[0]
    #expect(abs(simulated.serviceLevel - formula) < 0.015, "formula \(formula), simulated \(simulated.serviceLevel)")
  }

  /// Shrinkage spread over the intervals (the default) matches the formula's deterministic share
  /// on a steady voice week; absences drawn independently per agent cost more (service level is
  /// concave in agents): 15 agents, 30 % shrinkage, 8 Erlangs.
  @Test func spreadAbsencesMatchTheFormulaAndIndependentOnesCostMore() throws {
    let plan = try ValidationFixtures.plan(Self.voice(patience: nil), shrinkage: "30%")
    let forecast = ValidationFixtures.steadyForecast("voice", volume: 40, aht: 180)
    let roster = ValidationFixtures.crew(15, "2026-11-30T00:00", "2026-12-07T00:00", "voice")
    let week = ValidationWeek(plan: plan, forecast: forecast, roster: roster)
    let formula = RosterValidator(week: week).validate().channels[0].serviceLevel
    let spread = RosterSimulator.run(week, options: SimulationOptions(replications: 8, seed: 42)).channels[0]
    let independent = RosterSimulator.run(
      week, options: SimulationOptions(replications: 8, seed: 42, absences: .independent)).channels[0]
    #expect(abs(spread.serviceLevel - formula) < 0.025, "formula \(formula), spread \(spread.serviceLevel)")
    #expect(independent.serviceLevel < spread.serviceLevel - 0.03)
  }

  /// An absent agent is away for the whole absent interval once its chats in hand are done: the
  /// simulation used to give the drain time back (two 525 s chats in hand), and a steady chat week
  /// at 28 % shrinkage read 92.3 % simulated against 88.3 % by formula; now it is below.
  @Test func anAbsenceTakesItsWholeTimeFromTheAgent() throws {
    let week = try Self.steadyChat(agents: 11, shrinkage: "28%")
    let formula = RosterValidator(week: week).validate().channels[0].serviceLevel
    let simulated = RosterSimulator.run(week, options: SimulationOptions(replications: 8, seed: 42)).channels[0]
    #expect(simulated.serviceLevel < formula, "formula \(formula), simulated \(simulated.serviceLevel)")
  }

  @Test func sameSeedGivesIdenticalResultsWhateverTheThreads() throws {
    let plan = try ValidationFixtures.plan(Self.voice(patience: "120s"), shrinkage: "20%")
    let forecast = ValidationFixtures.steadyForecast("voice", volume: 20, aht: 200)
    var roster = ValidationFixtures.crew(6, "2026-11-30T08:00", "2026-11-30T16:00", "voice")
    roster.append(ValidationFixtures.pause("A0", "2026-11-30T10:00", "2026-11-30T10:15"))
    let week = ValidationWeek(plan: plan, forecast: forecast, roster: roster)
    func run(_ seed: UInt64, threads: Int) -> [SimulationSummary.Channel] {
      RosterSimulator.run(
        week, options: SimulationOptions(replications: 6, seed: seed, forecastError: true, threads: threads)
      ).channels
    }
    let first = run(7, threads: 2)
    #expect(first == run(7, threads: 2))
    #expect(first == run(7, threads: 1))
    #expect(first != run(8, threads: 2))
  }

  @Test func breaksAndShrinkageLowerTheSimulatedServiceLevel() throws {
    let forecast = ValidationFixtures.steadyForecast("voice", volume: 40, aht: 180)
    let roster = ValidationFixtures.crew(11, "2026-11-30T00:00", "2026-12-07T00:00", "voice")
    func level(_ shrinkage: String, _ extra: [RosterSegment]) throws -> Double {
      let plan = try ValidationFixtures.plan(Self.voice(patience: nil), shrinkage: shrinkage)
      let week = ValidationWeek(plan: plan, forecast: forecast, roster: roster + extra)
      return RosterSimulator.run(week, options: SimulationOptions(replications: 2, seed: 1)).channels[0].serviceLevel
    }
    let full = try level("0%", [])
    let breaks = (0..<11).map { ValidationFixtures.pause("A\($0)", "2026-11-30T09:00", "2026-11-30T12:00") }
    #expect(try level("0%", breaks) < full)
    #expect(try level("10%", []) < full)
  }

  @Test func idleAgentsOfAnotherChannelHelpUnlessRoutedAsRostered() throws {
    let channels = Self.voice(patience: nil) + """

        - id: email
          kind: email
          hours: { daily: "00:00-24:00" }
          target: 90%/24h
      """
    let plan = try ValidationFixtures.plan(channels)
    let forecast = ValidationFixtures.steadyForecast("voice", volume: 40, aht: 180)
    let roster =
      ValidationFixtures.crew(9, "2026-11-30T00:00", "2026-12-07T00:00", "voice")
      + ValidationFixtures.crew(3, "2026-11-30T00:00", "2026-12-07T00:00", "email", prefix: "E")
    let week = ValidationWeek(plan: plan, forecast: forecast, roster: roster)
    let alone = RosterSimulator.run(week, options: SimulationOptions(replications: 2, seed: 3)).channels[0]
    let skills = Dictionary(uniqueKeysWithValues: (0..<3).map { ("E\($0)", ["email", "voice"]) })
    let helped = RosterSimulator.run(week, agentSkills: skills, options: SimulationOptions(replications: 2, seed: 3))
    #expect(helped.channels[0].serviceLevel > alone.serviceLevel + 0.05)
    // Routed as rostered (as the formula counts), agents on e-mail take no calls.
    let rostered = RosterSimulator.run(
      week, agentSkills: skills, options: SimulationOptions(replications: 2, seed: 3, routing: .rostered))
    #expect(rostered.channels[0].serviceLevel == alone.serviceLevel)
  }

  @Test func agentsRosteredElsewhereTakeDeferredWorkOnlyInItsHours() throws {
    // E-mail opens 08:00-10:00 and is answered within an hour; 4 e-mails arrive at 14:00 each
    // weekday, when two voice agents skilled for e-mail sit idle. They may not answer them (the
    // formula gives e-mail their idle time in its open hours only): next morning is too late.
    let channels = Self.voice(patience: nil) + """

        - id: email
          kind: email
          hours: { mon-fri: "08:00-10:00" }
          target: 90%/1h
      """
    let plan = try ValidationFixtures.plan(channels)
    let days = ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"]
    let forecast = ForecastTable(
      rows: days.flatMap { day in
        [ValidationFixtures.row("voice", "\(day)T14:00", volume: 0.5, aht: 60),
         ValidationFixtures.row("email", "\(day)T14:00", volume: 4, aht: 300)]
      })
    let roster = days.flatMap { ValidationFixtures.crew(2, "\($0)T08:00", "\($0)T20:00", "voice") }
    let week = ValidationWeek(plan: plan, forecast: forecast, roster: roster)
    let skills = ["A0": ["voice", "email"], "A1": ["voice", "email"]]
    let simulated = RosterSimulator.run(week, agentSkills: skills, options: SimulationOptions(replications: 5, seed: 3))
    #expect(simulated.channels[1].serviceLevel < 0.01)
    #expect(RosterValidator(week: ValidationWeek(plan: plan, forecast: forecast, roster: roster, agentSkills: skills))
      .validate().channels[1].serviceLevel < 0.01)
  }

  @Test func generatedRosterFromRequirementsKeepsThePromise() throws {
    let plan = try ValidationFixtures.plan(
      """
        - id: voice
          kind: voice
          hours: { mon-fri: "08:00-20:00" }
          target: 80/20
          patience: 180s
      """, shrinkage: "25%")
    let rows = plan.calendar.weekIntervals().filter { plan.calendar.isOpen($0, plan.channels[0].hours) }.map {
      ForecastTable.Row(
        channel: "voice", start: $0.start, volume: 30 + 20 * sin(Double($0.localStart.hour)), handleTime: .seconds(240),
        low: 20, high: 60)
    }
    let forecast = ForecastTable(rows: rows)
    let requirements = try RequirementPlanner(plan: plan).requirements(for: forecast)
    let roster = RosterGenerator.roster(requirements: requirements, calendar: plan.calendar)
    let week = ValidationWeek(plan: plan, forecast: forecast, roster: roster)
    let report = RosterValidator(week: week).validate()
    let kept = report.allKept
    #expect(kept)
    let simulated = RosterSimulator.run(week, options: SimulationOptions(replications: 4, seed: 5))
    #expect(simulated.channels[0].serviceLevel > 0.8)
  }
}
