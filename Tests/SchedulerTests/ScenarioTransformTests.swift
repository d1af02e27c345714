import Foundation
import Forecast
import Testing

@testable import Scheduler

/// Scenarios applied to the tiny plan's forecast, requirements and agents.
@Suite struct ScenarioTransformTests {
  let base = ScenarioFixture.forecast
  let plan = ScenarioFixture.plan

  func transformed(_ yaml: String) throws -> (ScenarioForecast, Plan) {
    let scenario = try ScenarioFixture.scenario(yaml)
    return (ScenarioForecast(base: base, basePlan: plan, scenario: scenario), scenario.apply(to: plan))
  }

  func totalAgents(_ requirements: [Requirement], _ channel: String) -> Double {
    requirements.filter { $0.channel == channel }.reduce(0) { $0 + $1.agents }
  }

  @Test func volumeRiseRaisesRequirements() throws {
    let (forecast, scenarioPlan) = try transformed("volume: { voice: +10% }")
    #expect(forecast.notes.isEmpty)
    #expect(forecast.table.rows.count == base.rows.count)
    for (new, old) in zip(forecast.table.rows, base.rows) {
      #expect(abs(new.volume - old.volume * (new.channel == "voice" ? 1.1 : 1)) < 1e-9)
      #expect(new.handleTime == old.handleTime)
    }
    let before = try RequirementPlanner(plan: plan).requirements(for: base)
    let after = try RequirementPlanner(plan: scenarioPlan).requirements(for: forecast.table)
    #expect(totalAgents(after, "voice") > totalAgents(before, "voice"))
    #expect(totalAgents(after, "chat") == totalAgents(before, "chat"))
  }

  @Test func handleTimeRiseRaisesRequirements() throws {
    let (forecast, scenarioPlan) = try transformed("handle_time: +25%")
    #expect(forecast.table.rows.first { $0.channel == "voice" }?.handleTime == .seconds(225))
    let before = try RequirementPlanner(plan: plan).requirements(for: base)
    let after = try RequirementPlanner(plan: scenarioPlan).requirements(for: forecast.table)
    #expect(totalAgents(after, "chat") > totalAgents(before, "chat"))
  }

  @Test func extendedHoursGetTheNearestIntervalAndANote() throws {
    let (forecast, scenarioPlan) = try transformed("hours: { chat: { mon-tue: \"09:00-13:00\" } }")
    #expect(ScenarioFixture.starts(forecast.table, "chat", on: "2026-12-01")
      == ["09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00", "12:30"])
    let added = forecast.table.rows.filter { $0.channel == "chat" && $0.method.hasPrefix("whatif") }
    #expect(added.count == 4)
    #expect(added.allSatisfy { $0.volume == 8 && $0.handleTime == .seconds(300) })
    #expect(forecast.notes == [
      "chat: 4 new intervals (mon,tue 12:00-13:00) are not in the forecast; assumed the forecast of the nearest open interval of the same day x 100% (new_hours_volume: nearest): 32.0 contacts"
    ])
    let before = try RequirementPlanner(plan: plan).requirements(for: base)
    let after = try RequirementPlanner(plan: scenarioPlan).requirements(for: forecast.table)
    #expect(after.filter { $0.channel == "chat" }.count == before.filter { $0.channel == "chat" }.count + 4)
  }

  @Test func newHoursVolumeRulesAreStated() throws {
    let hours = "hours: { chat: { mon-tue: \"09:00-13:00\" } }\n"
    let (half, _) = try transformed(hours + "new_hours_volume: { nearest: 50% }")
    #expect(half.table.rows.filter { $0.method.hasPrefix("whatif") }.map(\.volume) == [4, 4, 4, 4])
    #expect(half.notes.first?.contains("x 50% (new_hours_volume: { nearest: 50% }): 16.0 contacts") == true)
    let (zero, _) = try transformed(hours + "new_hours_volume: zero")
    #expect(zero.table.rows.filter { $0.method.hasPrefix("whatif") }.map(\.volume) == [0, 0, 0, 0])
    #expect(zero.notes.first?.contains("assumed no contacts (new_hours_volume: zero)") == true)
    let (share, _) = try transformed(hours + "new_hours_volume: 25%")
    #expect(share.table.rows.filter { $0.method.hasPrefix("whatif") }.map(\.volume) == [2, 2, 2, 2])
    #expect(share.notes.first?.contains("25% of the day's mean volume per open interval") == true)
  }

  @Test func aDayWithoutBaseHoursUsesTheWeekMeanAndSaysSo() throws {
    // Voice's base days hold 7 x 20 + 10 = 150 contacts in 8 intervals: a mean of 18.75.
    let (forecast, _) = try transformed("hours: { voice: { thu: \"09:00-10:00\" } }")
    let added = forecast.table.rows.filter { $0.method.hasPrefix("whatif") }
    #expect(added.map(\.volume) == [18.75, 18.75])
    #expect(forecast.notes.first?.hasSuffix(
      "; thu had no open interval in the base plan, so the week's mean per open interval was used") == true)
  }

  @Test func closedHoursLeaveTheirVolumeOutWhenToldAndSaySo() throws {
    let (forecast, scenarioPlan) = try transformed(
      "hours: { voice: { wed: closed, tue: \"09:00-12:00\" } }\nclosed_demand: drop")
    #expect(ScenarioFixture.starts(forecast.table, "voice", on: "2026-12-02").isEmpty)
    #expect(ScenarioFixture.starts(forecast.table, "voice", on: "2026-12-01").count == 6)
    #expect(forecast.notes == [
      "voice: hours closed tue 12:00-13:00; wed 09:00-13:00: 180.0 forecast contacts there are left out (closed_demand: drop)"
    ])
    let after = try RequirementPlanner(plan: scenarioPlan).requirements(for: forecast.table)
    #expect(after.filter { $0.channel == "voice" }.count == 8 + 6)
  }

  /// By default 80 % of a closed day's contacts come back in the open hours of the same day, else
  /// of the nearest open days around it, in proportion to their volume; the rest is lost.
  @Test func closedHoursMoveMostOfTheirVolumeToOpenHoursAndSaySo() throws {
    let base = try transformed("name: none")
    let (forecast, _) = try transformed("hours: { voice: { wed: closed, tue: \"09:00-12:00\" } }")
    let volume = { (table: ForecastTable, date: String) in
      table.rows.filter { $0.channel == "voice" && ScenarioFixture.plan.calendar.text(for: $0.start).hasPrefix(date) }
        .reduce(0) { $0 + $1.volume }
    }
    let before = base.0.table.rows.filter { $0.channel == "voice" }.reduce(0) { $0 + $1.volume }
    let after = forecast.table.rows.filter { $0.channel == "voice" }.reduce(0) { $0 + $1.volume }
    #expect(abs(after - (before - 0.2 * 180)) < 1e-9)
    #expect(ScenarioFixture.starts(forecast.table, "voice", on: "2026-12-02").isEmpty)
    // Tuesday keeps its own 09:00-12:00 plus 80 % of its closed hour and half of Wednesday's 80 %.
    #expect(volume(forecast.table, "2026-12-01") > volume(base.0.table, "2026-12-01"))
    #expect(forecast.notes.first?.hasPrefix("voice: hours closed tue 12:00-13:00; wed 09:00-13:00: 180.0 forecast contacts there; 144.0 moved to the open hours of ") == true)
    #expect(forecast.notes.first?.hasSuffix("in proportion to their volume, 36.0 lost (closed_demand: move 80%)") == true)
  }

  @Test func headcountRemovesThenAddsThenScales() throws {
    let agents = ScenarioFixture.agents
    let change = try ScenarioFixture.scenario("headcount: { remove: [A002], add: { like: A001, count: 2 } }").headcount
    let (after, notes) = change.apply(to: agents)
    #expect(after.map(\.id) == ["A001", "A003", "A004", "A001-new1", "A001-new2"])
    #expect(after[3].skills == agents[0].skills && after[3].costPerHour == agents[0].costPerHour)
    #expect(notes == [
      "headcount: removed A002 (4 -> 3 agents)",
      "headcount: added A001-new1, A001-new2 as copies of A001 (5 agents)",
    ])

    let down = HeadcountChange(scale: 0.5).apply(to: agents)
    #expect(down.agents.map(\.id) == ["A001", "A002"])
    #expect(down.notes == ["headcount: scale 50% kept 2 of 4 agents, left out A003, A004"])
    let up = HeadcountChange(scale: 1.5).apply(to: agents)
    #expect(up.agents.map(\.id) == ["A001", "A002", "A003", "A004", "A001-new1", "A002-new1"])
  }

  @Test func spansGroupDaysWithTheSameHours() {
    #expect(ScenarioForecast.daysText([.sunday, .monday, .tuesday, .wednesday, .thursday]) == "sun-thu")
    #expect(ScenarioForecast.daysText([.monday, .tuesday, .thursday]) == "mon,tue,thu")
  }
}
