import Forecast
import Foundation
import Scheduler

/// The roster of one day as a Gantt chart: one row per agent on shift, time of day across.
///
/// Sixty agents over a whole week do not fit one readable chart, so the report draws one chart per
/// day with only that day's agents, ordered by shift start (the staircase shows how cover builds
/// up). Work is coloured by channel, breaks are hatched grey. A shift belongs to the day it starts
/// (roster.csv's `date`), so a night shift runs on into the next morning (`02:00 +1`) on its starting
/// day's chart. All days
/// share one time window so charts compare.
enum GanttChart {
  static let rowHeight = 13.0
  /// Longest row label, in characters (about 200 px).
  static let maxLabel = 32

  /// The wall-clock minutes after the shift date's midnight of an instant (past 1440 on the next day).
  static func minutes(_ instant: Date, from date: LocalDate, calendar: PlanningCalendar) -> Int {
    let local = calendar.localTime(for: instant)
    return (local.localSecondsSinceEpoch - date.daysSinceEpoch * 86_400) / 60
  }

  /// The real minutes from the start of the shift date to an instant: the x axis. By the wall clock
  /// a break from 01:45 to 01:00 on the night clocks go back had a negative width (a planner's DST
  /// week) and the night shift around it looked an hour shorter than it was paid.
  static func elapsed(_ instant: Date, from date: LocalDate, calendar: PlanningCalendar) -> Int {
    (Int(instant.timeIntervalSince1970.rounded()) - calendar.resolver.dayBounds(date).lowerBound) / 60
  }

  /// The wall clock (minutes after the date's midnight) `elapsed` real minutes into the date.
  static func clock(atElapsed minutes: Int, from date: LocalDate, calendar: PlanningCalendar) -> Int {
    let start = calendar.resolver.dayBounds(date).lowerBound
    return Self.minutes(Date(timeIntervalSince1970: Double(start + minutes * 60)), from: date, calendar: calendar)
  }

  /// The time window shared by every day's chart: whole hours around all shifts, in real minutes.
  static func window(_ segments: [RosterSegment], calendar: PlanningCalendar) -> (start: Int, end: Int) {
    var first = Int.max, last = Int.min
    for segment in segments {
      first = min(first, elapsed(segment.start, from: segment.shiftDate, calendar: calendar))
      last = max(last, elapsed(segment.end, from: segment.shiftDate, calendar: calendar))
    }
    guard first <= last else { return (0, 1440) }
    return (Swift.max(0, first / 60 * 60), (last + 59) / 60 * 60)
  }

  static func svg(
    date: LocalDate, segments: [RosterSegment], names: [String: String], palette: ChannelPalette,
    channels: [String], window: (start: Int, end: Int), calendar: PlanningCalendar
  ) -> String {
    var shifts: [String: [RosterSegment]] = [:]
    for segment in segments where segment.shiftDate == date { shifts[segment.agentID, default: []].append(segment) }
    let agents = shifts.keys.sorted { a, b in
      let startA = shifts[a]!.map(\.start).min()!, startB = shifts[b]!.map(\.start).min()!
      return startA == startB ? a < b : startA < startB
    }
    let label = { (id: String) -> String in names[id].map { "\($0) (\(id))" } ?? id }
    // Row labels are cut to fit the margin; the full name is in each bar's tooltip.
    let shortLabel = { (id: String) -> String in
      let text = label(id)
      return text.count <= maxLabel ? text : String(text.prefix(maxLabel - 1)) + "…"
    }
    let left = 16 + (agents.map { SVG.textWidth(shortLabel($0)) }.max() ?? 40)
    var chart = SVGChart(height: 48 + Double(max(agents.count, 1)) * rowHeight + 40, left: left, top: 48)
    chart.right = 34  // room for the last tick label, "06:00 +1"
    let hatchID = "break-\(date.text)"
    chart.define(SVG.hatch(id: hatchID))
    let x = LinearScale(from: Double(window.start)...Double(window.end), start: chart.plotLeft, end: chart.plotRight)
    let hours = (window.end - window.start) / 60
    let every = [1, 2, 3, 4].first { hours / $0 <= 16 } ?? 6
    let ticks = stride(from: window.start, through: window.end, by: 60).filter { ($0 / 60) % every == 0 }
    chart.xAxis(
      ticks: ticks.map { (x(Double($0)), ReportFormat.clockSpanningDays(minutes: clock(atElapsed: $0, from: date, calendar: calendar))) },
      label: "time of day (local)" + (window.end > 1440 ? "; +1 = the next morning" : ""), labelsOnTop: true)
    for (row, agent) in agents.enumerated() {
      let top = chart.plotTop + Double(row) * rowHeight
      if row % 2 == 1 {
        chart.add(
          "<rect x=\"\(SVG.n(chart.plotLeft))\" y=\"\(SVG.n(top))\" width=\"\(SVG.n(chart.plotRight - chart.plotLeft))\" "
            + "height=\"\(SVG.n(rowHeight))\" class=\"stripe\"/>")
      }
      chart.text(shortLabel(agent), x: chart.plotLeft - 6, y: top + rowHeight - 3, anchor: "end", className: "tick")
      for segment in shifts[agent]!.sorted(by: { $0.start < $1.start }) {
        let from = elapsed(segment.start, from: date, calendar: calendar)
        let to = elapsed(segment.end, from: date, calendar: calendar)
        let fill = segment.activity == .break ? "url(#\(hatchID))" : segment.activity == .idle ? "#d0d0d0" : palette.color(segment.channel)
        let what = segment.activity == .work ? segment.channel ?? "" : segment.activity.rawValue
        let wall = (minutes(segment.start, from: date, calendar: calendar), minutes(segment.end, from: date, calendar: calendar))
        // Across a change of clocks the wall-clock span misreads the length: say it.
        let length = wall.1 - wall.0 == to - from ? "" : " (\(ReportFormat.number(Double(to - from) / 60, decimals: 2)) h: the clocks changed)"
        let tip = "\(label(agent)): \(what) "
          + "\(ReportFormat.clockSpanningDays(minutes: wall.0))-\(ReportFormat.clockSpanningDays(minutes: wall.1))" + length
        chart.add(
          "<rect x=\"\(SVG.n(x(Double(from))))\" y=\"\(SVG.n(top + 2))\" width=\"\(SVG.n(x(Double(to)) - x(Double(from))))\" "
            + "height=\"\(SVG.n(rowHeight - 4))\" fill=\"\(fill)\"><title>\(HTMLText.escape(tip))</title></rect>")
      }
    }
    if agents.isEmpty {
      let text = calendar.holidays.contains(date) ? "holiday: nobody on shift" : "nobody on shift"
      chart.text(text, x: (chart.plotLeft + chart.plotRight) / 2, y: chart.plotTop + 10, anchor: "middle", className: "note")
    }
    chart.legend(
      channels.map { LegendItem(label: $0, swatch: .box(color: palette.color($0))) }
        + [LegendItem(label: "break", swatch: .pattern(id: hatchID))])
    return chart.render(
      title: "Roster \(ReportFormat.longDay(date)): \(agents.count) agent\(agents.count == 1 ? "" : "s") on shift")
  }
}
