import Forecast
import Foundation
import Testing

@testable import Scheduler

/// Deferred work is also served in the idle time of blended agents on voice and chat, as the
/// simulation routes them (an idle agent takes the head of another skilled channel's queue).
@Suite struct ValidationBlendingTests {
  static let channels = """
      - id: voice
        kind: voice
        hours: { mon-sun: "00:00-24:00" }
        target: 80/20
      - id: email
        kind: email
        hours: { mon-sun: "00:00-24:00" }
        target: 90%/24h
    """

  /// One agent on voice Monday 09:00-17:00 with 2 calls of 180 s per 15 minutes (occupancy 40 %)
  /// and 8 e-mails of 300 s at 09:00: 2,400 s of e-mail against 8 h x 60 % idle = 17,280 s.
  /// Skilled for e-mail, the agent answers them all that day; without the skill, nobody does.
  @Test func idleVoiceAgentSkilledForEmailServesIt() throws {
    let plan = try ValidationFixtures.plan(Self.channels)
    let calls = (0..<32).map { q in
      ValidationFixtures.row("voice", String(format: "2026-11-30T%02d:%02d", 9 + q / 4, 15 * (q % 4)), volume: 2, aht: 180)
    }
    let forecast = ForecastTable(rows: calls + [ValidationFixtures.row("email", "2026-11-30T09:00", volume: 8, aht: 300)])
    let roster = ValidationFixtures.crew(1, "2026-11-30T09:00", "2026-11-30T17:00", "voice")
    let blended = ValidationWeek(plan: plan, forecast: forecast, roster: roster, agentSkills: ["A0": ["voice", "email"]])
    let alone = ValidationWeek(plan: plan, forecast: forecast, roster: roster, agentSkills: ["A0": ["voice"]])
    let withSkill = RosterValidator(week: blended).validate()
    let withoutSkill = RosterValidator(week: alone).validate()
    #expect(withSkill.channels[1].serviceLevel == 1)
    #expect(withoutSkill.channels[1].serviceLevel == 0)
    // The voice figures do not change: blending takes only idle time.
    #expect(withSkill.channels[0].serviceLevel == withoutSkill.channels[0].serviceLevel)
    // The idle seconds counted: 1 agent x (1 - occupancy) x 900 s in each voice interval.
    let lines = [withSkill.channels[0], nil] as [ChannelValidation?]
    let idle = RosterValidator(week: blended).blendedIdle(for: 1, lines: lines)
    let first = try #require(blended.intervals.firstIndex { $0.localStart.hour == 9 })
    #expect(abs(idle[first] - (1 - withSkill.channels[0].intervals[first].occupancy) * 900) < 1e-6)
    #expect(idle[first] > 500)
  }
}
