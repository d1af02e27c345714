import Forecast
import Foundation
import Scheduler
import Testing

@testable import staffplan

/// The roster chart across a change of clocks: bars on real time, lengths said.
@Suite struct GanttChartTests {
  /// Chicago, the night the clocks go back (2026-11-01 01:00 CDT -> CST): a night shift from
  /// Saturday 23:00 with a break 01:45 CDT-01:00 CST. By the wall clock the break had a negative
  /// width (a planner's DST week) and the shift looked an hour shorter than it was paid.
  @Test func aBreakAcrossTheClocksGoingBackKeepsItsWidth() throws {
    let calendar = PlanningCalendar(
      timeZone: TimeZone(identifier: "America/Chicago")!, intervalLength: IntervalLength(minutes: 15),
      week: LocalDate(year: 2026, month: 10, day: 25))
    let saturday = LocalDate(year: 2026, month: 10, day: 31)
    let at = { (utc: String) in ISO8601DateFormatter().date(from: utc)! }
    // 23:00 CDT = 04:00Z; 01:45 CDT = 06:45Z; 01:00 CST = 07:00Z; 06:00 CST = 12:00Z.
    let segments = [
      RosterSegment(agentID: "E08", shiftDate: saturday, start: at("2026-11-01T04:00:00Z"), end: at("2026-11-01T06:45:00Z"), activity: .work, channel: "emergency"),
      RosterSegment(agentID: "E08", shiftDate: saturday, start: at("2026-11-01T06:45:00Z"), end: at("2026-11-01T07:00:00Z"), activity: .break, channel: nil),
      RosterSegment(agentID: "E08", shiftDate: saturday, start: at("2026-11-01T07:00:00Z"), end: at("2026-11-01T12:00:00Z"), activity: .work, channel: "emergency"),
    ]
    #expect(GanttChart.elapsed(segments[1].start, from: saturday, calendar: calendar) == 25 * 60 + 45)
    #expect(GanttChart.elapsed(segments[1].end, from: saturday, calendar: calendar) == 26 * 60)
    let window = GanttChart.window(segments, calendar: calendar)
    #expect(window == (23 * 60, 31 * 60))  // eight hours of axis for eight hours of shift
    let svg = GanttChart.svg(
      date: saturday, segments: segments, names: [:], palette: ChannelPalette(channels: ["emergency"]),
      channels: ["emergency"], window: window, calendar: calendar)
    #expect(!svg.contains("width=\"-"))
    #expect(svg.contains("E08: break 01:45 +1-01:00 +1 (0.25 h: the clocks changed)"))
    #expect(svg.contains("E08: emergency 01:00 +1-06:00 +1</title>"))  // after the change: no note
  }
}
