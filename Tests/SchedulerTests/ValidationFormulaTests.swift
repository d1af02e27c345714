import Forecast
import Foundation
import Scheduler
import Testing

@Suite struct ValidationFormulaTests {
  static let voice = """
      - id: voice
        kind: voice
        hours: { daily: "00:00-24:00" }
        target: 80/20
        patience: 120s
    """

  func request(_ plan: Plan, volume: Double, aht: Double, answer: Duration? = nil) -> SizingRequest {
    let channel = plan.channels[0]
    return SizingRequest(
      traffic: Traffic(volume: volume, per: .seconds(900), handleTime: .seconds(aht)),
      target: ServiceTarget(share: channel.target.share, answerTime: answer ?? channel.target.answerTime),
      patience: channel.patience)
  }

  func validate(_ plan: Plan, _ rows: [ForecastTable.Row], _ roster: [RosterSegment]) -> ValidationReport {
    RosterValidator(week: ValidationWeek(plan: plan, forecast: ForecastTable(rows: rows), roster: roster)).validate()
  }

  @Test func constantRosterReproducesSizingFiguresAfterShrinkage() throws {
    let plan = try ValidationFixtures.plan(Self.voice, shrinkage: "30%")
    let rows = [ValidationFixtures.row("voice", "2026-11-30T09:00", volume: 50, aht: 180)]
    let report = validate(plan, rows, ValidationFixtures.crew(20, "2026-11-30T08:00", "2026-11-30T10:00", "voice"))
    let expected = Sizing.figures(for: 14, request(plan, volume: 50, aht: 180))  // 20 x (1 - 30 %)
    let channel = report.channels[0]
    let outcome = try #require(channel.intervals.first { $0.volume > 0 })
    #expect(outcome.agents == 20)
    #expect(abs(outcome.availableAgents - 14) < 1e-9)
    #expect(abs(outcome.serviceLevel - expected.serviceLevel!.fraction) < 1e-12)
    #expect(abs(outcome.asa! - expected.asa!.inSeconds) < 1e-9)
    #expect(abs(outcome.abandonment! - expected.abandonment!.fraction) < 1e-12)
    #expect(abs(channel.serviceLevel - expected.serviceLevel!.fraction) < 1e-12)
    #expect(channel.kept == (expected.serviceLevel!.fraction >= 0.8))
  }

  @Test func breaksReduceAgentsWhetherInsideOrBetweenWorkSegments() throws {
    let plan = try ValidationFixtures.plan(Self.voice)
    let rows = [ValidationFixtures.row("voice", "2026-11-30T09:00", volume: 50, aht: 180)]
    var roster = ValidationFixtures.crew(16, "2026-11-30T08:00", "2026-11-30T10:00", "voice")
    // Two agents on a break written inside their work segment, one between two work segments.
    roster += [
      ValidationFixtures.pause("A0", "2026-11-30T09:00", "2026-11-30T09:15"),
      ValidationFixtures.pause("A1", "2026-11-30T09:00", "2026-11-30T09:15"),
      ValidationFixtures.work("B0", "2026-11-30T08:00", "2026-11-30T09:00", "voice"),
      ValidationFixtures.pause("B0", "2026-11-30T09:00", "2026-11-30T09:15"),
      ValidationFixtures.work("B0", "2026-11-30T09:15", "2026-11-30T10:00", "voice"),
    ]
    let outcome = try #require(validate(plan, rows, roster).channels[0].intervals.first { $0.volume > 0 })
    #expect(outcome.agents == 14)
    let expected = Sizing.figures(for: 14, request(plan, volume: 50, aht: 180))
    #expect(abs(outcome.serviceLevel - expected.serviceLevel!.fraction) < 1e-12)
  }

  @Test func fractionalAgentsInterpolateBetweenWholeAgents() throws {
    let plan = try ValidationFixtures.plan(Self.voice, shrinkage: "30%")
    let rows = [ValidationFixtures.row("voice", "2026-11-30T09:00", volume: 50, aht: 180)]
    // 21 agents x 0.7 = 14.7; one more covering 09:00-09:05 adds 1/3 agent x 0.7 → 14.9333.
    var roster = ValidationFixtures.crew(21, "2026-11-30T08:00", "2026-11-30T10:00", "voice")
    roster.append(ValidationFixtures.work("P", "2026-11-30T09:00", "2026-11-30T09:05", "voice"))
    let outcome = try #require(validate(plan, rows, roster).channels[0].intervals.first { $0.volume > 0 })
    let x = (21 + 1.0 / 3) * 0.7
    #expect(abs(outcome.availableAgents - x) < 1e-9)
    let low = Sizing.figures(for: 14, request(plan, volume: 50, aht: 180)).serviceLevel!.fraction
    let high = Sizing.figures(for: 15, request(plan, volume: 50, aht: 180)).serviceLevel!.fraction
    #expect(abs(outcome.serviceLevel - (low + (x - 14) * (high - low))) < 1e-12)
    #expect(outcome.serviceLevel > low && outcome.serviceLevel < high)
  }

  @Test func answerTimeGridIsWhatACenterPublishes() {
    let seconds = RosterValidator.answerTimeGrid.map { Int($0.inSeconds) }
    #expect(seconds == seconds.sorted() && Set(seconds).count == seconds.count)
    #expect(seconds.contains(35) && seconds.contains(420) && !seconds.contains(410))
    #expect(seconds.filter { $0 > 120 }.allSatisfy { $0 % 60 == 0 })
  }

  @Test func strongestPromiseIsTheShortestGridTimeKeepingTheShare() throws {
    let plan = try ValidationFixtures.plan(Self.voice)
    let rows = [ValidationFixtures.row("voice", "2026-11-30T09:00", volume: 50, aht: 180)]
    let report = validate(plan, rows, ValidationFixtures.crew(12, "2026-11-30T08:00", "2026-11-30T10:00", "voice"))
    let channel = report.channels[0]
    let strongest = try #require(channel.strongestKept)
    let t = strongest.answerTime.inSeconds
    let grid = RosterValidator.answerTimeGrid
    let index = try #require(grid.firstIndex(of: strongest.answerTime))
    let at = Sizing.figures(for: 12, request(plan, volume: 50, aht: 180, answer: .seconds(t))).serviceLevel!.fraction
    #expect(at >= 0.8)
    if index > 0 {
      let before = Sizing.figures(for: 12, request(plan, volume: 50, aht: 180, answer: grid[index - 1]))
      #expect(before.serviceLevel!.fraction < 0.8)
    }
    #expect(channel.strongestKeptText == "80/\(Int(t))")
    #expect(channel.kept == (t <= 20))
  }

  @Test func understaffedVoiceIsBrokenAndNamesAWeakerPromise() throws {
    let plan = try ValidationFixtures.plan(Self.voice)
    let rows = [ValidationFixtures.row("voice", "2026-11-30T09:00", volume: 50, aht: 180)]
    let kept = validate(plan, rows, ValidationFixtures.crew(16, "2026-11-30T08:00", "2026-11-30T10:00", "voice")).allKept
    #expect(kept)
    let voice = validate(plan, rows, ValidationFixtures.crew(11, "2026-11-30T08:00", "2026-11-30T10:00", "voice")).channels[0]
    let broken = !voice.kept
    #expect(broken)
    let weaker = voice.strongestKept.map { $0.answerTime > .seconds(20) } ?? true
    #expect(weaker)
  }

  static let email = """
      - id: email
        kind: email
        hours: { daily: "08:00-18:00" }
        target: 90%/1h
    """

  @Test func deferredWorkKeptWhenCapacityComesWithinTheWindow() throws {
    let plan = try ValidationFixtures.plan(Self.email)
    // 10 e-mails of 360 s at 08:00; one agent does 2.5 per 15 minutes: all done within 4 intervals.
    let rows = [ValidationFixtures.row("email", "2026-11-30T08:00", volume: 10, aht: 360)]
    let report = validate(plan, rows, [ValidationFixtures.work("E", "2026-11-30T08:00", "2026-11-30T09:00", "email")])
    let email = report.channels[0]
    #expect(email.kept)
    #expect(abs(email.serviceLevel - 1) < 1e-9)
    #expect(email.strongestKeptText == "90%/1h")
  }

  @Test func deferredWorkBrokenWhenCapacityArrivesAfterTheWindow() throws {
    let plan = try ValidationFixtures.plan(Self.email)
    let rows = [ValidationFixtures.row("email", "2026-11-30T08:00", volume: 10, aht: 360)]
    let report = validate(plan, rows, [ValidationFixtures.work("E", "2026-11-30T09:00", "2026-11-30T10:00", "email")])
    let email = report.channels[0]
    #expect(!email.kept)
    #expect(email.serviceLevel < 1e-9)
    // Done in intervals 5 to 8 after arrival: 90 % within 8 intervals.
    #expect(email.strongestKeptText == "90%/2h")
  }

  @Test func aNightShiftOfTheLastDayDoesNotWrapOntoTheFirstMorning() throws {
    let plan = try ValidationFixtures.plan(Self.voice)
    let rows = [
      ValidationFixtures.row("voice", "2026-11-30T01:00", volume: 10, aht: 180),
      ValidationFixtures.row("voice", "2026-12-06T23:00", volume: 10, aht: 180),
    ]
    // A shift from Sunday 22:00 (the week's last day) to Monday 06:00 of the next week: its hours
    // past the week's end are the next week's, not this week's Monday morning.
    let roster = ValidationFixtures.crew(5, "2026-12-06T22:00", "2026-12-07T06:00", "voice")
    let busy = validate(plan, rows, roster).channels[0].intervals.filter { $0.volume > 0 }
    #expect(busy.map(\.agents) == [0, 5])
  }
}
