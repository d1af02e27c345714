import Forecast
import Foundation
import Testing

@testable import Scheduler
@testable import staffplan

/// A broken promise whose skilled agents cannot supply the hours it takes says to add the skill
/// (a planner was told "+52.0 agent-hours on webchat" with one agent skilled for it, 25 h at most).
@Suite struct SkillHintTests {
  @Test func hoursBeyondTheSkilledAgentsAskForTheSkill() throws {
    let plan = try PlanReader.read(yaml: ReportFixture.planYAML + "\nshifts: { start_every: 1h, lengths: [4h] }\n")
    let week = try WeekProblem(plan: plan, agents: ReportFixture.agents, requirements: [])
    // A1 and A3 answer chat, 40 h and 5 days at most each, in 4-hour shifts on 6 open days (Friday
    // is a holiday). A1 is paid 30 h on Monday: 10 h left. A3 has no shift: its days bind, 5 x 4 h
    // = 20 h, not the 40 h its maximum hours leave. 30 h in all.
    let shift = Roster.Shift(day: 0, start: 0, end: 1, breaks: [], paidHours: 30, work: [])
    let roster = Roster(agents: [.init(agent: "A1", shifts: [shift]), .init(agent: "A3", shifts: [])], coverage: [])
    var promises = [ChannelPromise(channel: "chat", serviceLevel: 0.5, target: "80/60", kept: false, strongestKept: nil)]
    PromiseGapText.markSpareHours(&promises, week: week, roster: roster)
    var promise = promises[0]
    #expect(promise.skilledAgents == 2 && promise.skilledSpareHours == 30)
    promise.toKeepAgentHours = 48
    #expect(
      PromiseGapText.skillHint(promise)
        == "the 2 agents with the skill chat could work at most 30.0 more paid hours this week (maximum hours and days, shifts made longest), short of the +48.0 it takes: add chat to more agents' skills or hire")
    promise.toKeepAgentHours = 29
    #expect(PromiseGapText.skillHint(promise) == nil)
  }

  /// A kept promise gets no spare hours counted (schedule.json stays as it was for it).
  @Test func keptPromisesCountNoSpareHours() throws {
    let plan = try PlanReader.read(yaml: ReportFixture.planYAML + "\nshifts: { start_every: 1h, lengths: [4h] }\n")
    let week = try WeekProblem(plan: plan, agents: ReportFixture.agents, requirements: [])
    var promises = [ChannelPromise(channel: "chat", serviceLevel: 0.9, target: "80/60", kept: true, strongestKept: "80/60")]
    PromiseGapText.markSpareHours(&promises, week: week, roster: Roster(agents: [], coverage: []))
    #expect(promises[0].skilledAgents == nil && promises[0].skilledSpareHours == nil)
  }

  /// One remedy per channel: a search stopped far from its bound is offered as the remedy only
  /// while the skilled agents' unused hours cover what keeping the promise takes; beyond them the
  /// skill hint alone speaks (a planner's e-mail was told both, with 2.0 h unused for +11.5 h).
  /// The agents could work 30 h more (above).
  @Test func aLongerSearchIsNotOfferedBesideHiring() throws {
    let plan = try PlanReader.read(yaml: ReportFixture.planYAML + "\nshifts: { start_every: 1h, lengths: [4h] }\n")
    let week = try WeekProblem(plan: plan, agents: ReportFixture.agents, requirements: [])
    let shift = Roster.Shift(day: 0, start: 0, end: 1, breaks: [], paidHours: 30, work: [])
    let roster = Roster(agents: [.init(agent: "A1", shifts: [shift]), .init(agent: "A3", shifts: [])], coverage: [])
    var promises = [ChannelPromise(channel: "chat", serviceLevel: 0.5, target: "80/60", kept: false, strongestKept: nil)]
    PromiseGapText.markSpareHours(&promises, week: week, roster: roster)
    var promise = promises[0]
    for (needed, search, skill) in [(31.0, false, true), (29.0, true, false), (nil, true, false)] {
      promise.toKeepAgentHours = needed
      let hints = PromiseGapText.hints(promise, gap: 0.084, stoppedByTimeLimit: true)
      #expect(hints.contains { $0.contains("a longer --time-limit may keep it") } == search, "needed \(needed ?? -1)")
      #expect(hints.contains { $0.hasSuffix("add chat to more agents' skills or hire") } == skill, "needed \(needed ?? -1)")
    }
  }
}

/// Paid hours set by contract minimums are not an efficiency to plan capacity with.
@Suite struct EfficiencyUseTests {
  /// A schedule.json with `gap`, stopped by the time limit when `timeLimit`.
  static func json(gap: Double, timeLimit: Bool = true) -> String {
    """
    {"addedShifts": 4, "agentsWithPairedDaysOff": 15, "averageDistinctStarts": 2.3, "channels": [], "conflicts": [],
     "cost": 8885, "efficiency": 1.7, "filledShifts": 0, "gap": \(gap), "hoursAfterWeek": 0, "idleHours": 10.5, "lowerBound": 10108,
     "objective": 10454, "paidHours": 544, "requiredAgentHours": 319.6, "rosterViolations": [], "seconds": 25,
     "shortenedShifts": 0, "status": "\(timeLimit ? "timeLimit" : "feasible")", "stopReason": "", "unfilledShifts": 0, "unmetAgentHours": {}}
    """
  }

  @Test func minimumsAboveTheRequirementAreNotAnEfficiency() throws {
    let report = try JSONDecoder().decode(ScheduleReport.self, from: Data(Self.json(gap: 0.03, timeLimit: false).utf8))
    #expect(
      PlanSummary.efficiencyUse(report, minimumHours: 521)
        == "the agents' minimum hours come to 521.0 h this week, above the 319.6 required agent-hours, so the contracts set the paid hours: not an efficiency for capacity.yaml")
    #expect(PlanSummary.efficiencyUse(report, minimumHours: 300) == "capacity.yaml's efficiency")
  }
}
