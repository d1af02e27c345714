import Forecast
import Foundation
@testable import Scheduler
import Testing

/// Deferred work in the idle time of agents rostered on calls (``SimulationOptions/DeferredWork``).
@Suite struct SimulationDeferredWorkTests {
  /// 11 agents all week on voice (8 Erlangs of 180 s calls), skilled for e-mail: 2 e-mails of 20
  /// minutes per 15 minutes (2.7 Erlangs) answered in their idle time, nobody rostered on e-mail.
  /// The formula gives voice all 11 and e-mail what voice leaves idle. Interrupted by calls, the
  /// e-mails cost voice nothing (81.8 % simulated, 82.4 % by formula) and still meet 90 % in 24 h;
  /// answered whole, agents gone into 20-minute e-mails miss the calls: voice 17.3 %.
  @Test func callsInterruptEmailsAnsweredInIdleTime() throws {
    let plan = try ValidationFixtures.plan(
      SimulationTests.voice(patience: nil) + """

          - id: email
            kind: email
            hours: { daily: "00:00-24:00" }
            target: 90%/24h
        """)
    let voice = ValidationFixtures.steadyForecast("voice", volume: 40, aht: 180)
    let email = ValidationFixtures.steadyForecast("email", volume: 2, aht: 1200)
    let forecast = ForecastTable(rows: voice.rows + email.rows)
    let roster = ValidationFixtures.crew(11, "2026-11-30T00:00", "2026-12-07T00:00", "voice")
    let skills = Dictionary(uniqueKeysWithValues: (0..<11).map { ("A\($0)", ["voice", "email"]) })
    let week = ValidationWeek(plan: plan, forecast: forecast, roster: roster, agentSkills: skills)
    let formula = RosterValidator(week: week).validate().channels[0].serviceLevel
    let run = { (work: SimulationOptions.DeferredWork) in
      RosterSimulator.run(week, agentSkills: skills, options: SimulationOptions(replications: 4, seed: 9, deferredWork: work))
    }
    let interrupted = run(.interruptible), whole = run(.whole)
    #expect(abs(interrupted.channels[0].serviceLevel - formula) < 0.01, "formula \(formula), simulated \(interrupted.channels[0].serviceLevel)")
    #expect(interrupted.channels[1].serviceLevel > 0.9)
    #expect(whole.channels[0].serviceLevel < formula - 0.05, "formula \(formula), whole e-mails \(whole.channels[0].serviceLevel)")
  }

  /// E-mail arriving all week, answered Monday to Friday 08:00-18:00 by 6 agents: the weekend's
  /// e-mails wait for Monday and are late, and Monday's own wait behind them. The simulation
  /// replays the whole week before: with one day replayed it started Monday without Saturday's
  /// arrivals and read far above the formula (a planner's week: 68.0 % against 41.2 %).
  @Test func theWeekendsEmailsAreStillThereOnMonday() throws {
    let plan = try ValidationFixtures.plan(
      """
        - id: email
          kind: email
          hours: { mon-fri: "08:00-18:00" }
          target: 90%/24h
      """)
    let forecast = ValidationFixtures.steadyForecast("email", volume: 2, aht: 600)
    let days = ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"]
    let roster = days.flatMap { day in ValidationFixtures.crew(6, "\(day)T08:00", "\(day)T18:00", "email") }
    let week = ValidationWeek(plan: plan, forecast: forecast, roster: roster)
    let formula = RosterValidator(week: week).validate().channels[0].serviceLevel
    let simulated = RosterSimulator.run(week, options: SimulationOptions(replications: 4, seed: 3)).channels[0].serviceLevel
    #expect(formula > 0.3 && formula < 0.8, "the weekend's e-mails are late: \(formula)")
    #expect(abs(simulated - formula) < 0.03, "formula \(formula), simulated \(simulated)")
  }

  /// A contact put back goes to the head of its queue, before those waiting; the ring grows.
  @Test func aContactPutBackIsAnsweredFirst() {
    var queue = ContactQueue(capacity: 16)
    for k in 0..<16 { queue.append(.init(arrival: Double(k), deadline: .infinity, handle: 1)) }
    queue.prepend(.init(arrival: -1, deadline: .infinity, handle: 0.5))
    #expect(queue.count == 17)
    #expect(queue.removeFirst().arrival == -1)
    #expect((0..<16).map { _ in queue.removeFirst().arrival } == (0..<16).map(Double.init))
  }
}
