import Forecast
import Foundation
@testable import Scheduler
import Testing

/// Shrinkage in the simulation: absences as stretches of a mean length (``AbsenceDraw``).
@Suite struct SimulationAbsenceTests {
  /// 20 agents all week at 30 % shrinkage on a 15-minute plan: each interval loses its share (6
  /// agents) exactly under `spread`, about it under `independent`, and an absence lasts the mean
  /// asked for (geometric in pieces: one hour is 4 intervals on average), whichever the way.
  @Test(arguments: SimulationOptions.Absences.allCases)
  func absencesKeepTheShareAndLastTheirMeanLength(absences: SimulationOptions.Absences) throws {
    let plan = try ValidationFixtures.plan(SimulationTests.voice(patience: nil), shrinkage: "30%")
    let forecast = ValidationFixtures.steadyForecast("voice", volume: 40, aht: 180)
    let roster = ValidationFixtures.crew(20, "2026-11-30T00:00", "2026-12-07T00:00", "voice")
    let model = SimulationModel(week: ValidationWeek(plan: plan, forecast: forecast, roster: roster), agentSkills: [:])
    for length in [900.0, 3600, 7200] {
      var draw = AbsenceDraw(model: model, options: SimulationOptions(replications: 1, absences: absences, absenceLength: length))
      var keep = Array(repeating: true, count: model.pieceShrinkage.count)
      var random = SplitMix64(seed: 5)
      draw.draw(into: &keep, random: &random)
      var away = 0, episodes = 0, pieces = 0
      for group in model.piecesByInterval where !group.isEmpty {
        let out = group.filter { !keep[Int($0)] }
        if absences == .spread { #expect(out.count == 6) }
        pieces += group.count
        away += out.count
        episodes += out.filter { model.previousPiece[Int($0)] < 0 || keep[Int(model.previousPiece[Int($0)])] }.count
      }
      let share = Double(away) / Double(pieces), mean = Double(away) / Double(episodes) * 900
      #expect(abs(share - 0.3) < 0.01, "share \(share)")
      #expect(abs(mean - length) < 0.1 * length, "mean absence \(mean) s for \(length) s")
    }
  }

  /// Each absence ends with the agent finishing its chats in hand (two of 525 s) and coming back
  /// late by them. Drawn afresh every interval (one interval long, as before), a steady chat week at
  /// 28 % shrinkage read 73.6 % against 88.3 % by formula: an absence every 70 minutes of each agent,
  /// each costing about 9 minutes. Hour-long absences read within 4 points, below the formula.
  @Test func hourLongAbsencesCostTheirDrainOncePerHour() throws {
    let week = try SimulationTests.steadyChat(agents: 11, shrinkage: "28%")
    let formula = RosterValidator(week: week).validate().channels[0].serviceLevel
    let level = { (length: Double) in
      RosterSimulator.run(week, options: SimulationOptions(replications: 8, seed: 42, absenceLength: length))
        .channels[0].serviceLevel
    }
    let hour = level(3600), interval = level(900)
    #expect(hour < formula && hour > formula - 0.04, "formula \(formula), hour-long absences \(hour)")
    #expect(interval < hour - 0.08, "interval-long absences \(interval), hour-long \(hour)")
  }
}
