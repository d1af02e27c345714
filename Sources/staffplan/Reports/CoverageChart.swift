import Forecast
import Foundation

/// Required against scheduled agents per interval, one panel per day of the roster week, for one channel.
///
/// Step lines because the figures hold for a whole interval: required agents (dark line), scheduled
/// agents (channel colour, filled), and unmet agents hatched red on top of the scheduled ones (a
/// hatch, not a tint, so it stands out from every channel colour, orange and pink included). Every
/// panel shares the channel's y scale and time-of-day window so days compare at a glance.
enum CoverageChart {
  static let unmetColor = "#C0152F"
  private static let columns = 4

  static func svg(
    channel: String, id: String, color: String, rows: [ReportInput.Coverage], calendar: PlanningCalendar
  ) -> String {
    let hatchID = "unmet-\(id)"
    let step = calendar.intervalLength.minutes
    var byDay: [LocalDate: [Int: ReportInput.Coverage]] = [:]
    for row in rows where row.channel == channel {
      let local = calendar.localTime(for: row.start)
      byDay[local.date, default: [:]][local.minuteOfDay] = row
    }
    let active = byDay.values.flatMap { $0.filter { $0.value.required > 0 || $0.value.scheduled > 0 }.keys }
    let window = DayWindow(minutes: active, step: step)
    let maximum = byDay.values.flatMap(\.values).map { max($0.required, $0.scheduled + $0.unmet) }.max() ?? 0

    let panelHeight = 150.0, gap = 34.0, legendSpace = 30.0
    let rowsOfPanels = (7 + columns - 1) / columns
    var chart = SVGChart(height: legendSpace + Double(rowsOfPanels) * (panelHeight + gap) + 14, top: legendSpace)
    chart.define(SVG.hatch(id: hatchID, color: unmetColor, background: "#F7D3D8"))
    let panelWidth = (chart.plotRight - chart.plotLeft - Double(columns - 1) * 40) / Double(columns)
    for (index, date) in calendar.weekDays.enumerated() {
      let left = chart.plotLeft + Double(index % columns) * (panelWidth + 40)
      let right = left + panelWidth
      let top = legendSpace + Double(index / columns) * (panelHeight + gap) + 16
      let bottom = top + panelHeight - 36
      let x = LinearScale(
        from: Double(window.startMinute)...Double(window.endMinute), start: left, end: right)
      let y = chart.yAxis(maximum: maximum, label: "", top: top, bottom: bottom, left: left, right: right)
      let day = byDay[date] ?? [:]
      let unmetHours = day.values.reduce(0) { $0 + $1.unmet } * Double(step) / 60
      // A few unmet agent-minutes are said as such: "unmet 0.0 h" in red read as a contradiction.
      let unmetText = unmetHours < 0.05 ? "< 0.1 h" : ReportFormat.hours(unmetHours)
      let heading = ReportFormat.day(date) + (unmetHours > 0 ? ", unmet \(unmetText)" : "")
      chart.text(heading, x: left, y: top - 5, className: unmetHours > 0 ? "panel-title warn" : "panel-title")
      chart.xAxis(
        ticks: window.hourTicks(count: 5).map { (x(Double($0)), ReportFormat.clock(minutes: $0)) }, label: "",
        top: top, bottom: bottom, left: left, right: right, gridlines: false)
      if day.isEmpty || day.values.allSatisfy({ $0.required == 0 && $0.scheduled == 0 }) {
        let closed = calendar.holidays.contains(date) ? "closed (holiday)" : "closed"
        chart.text(closed, x: (left + right) / 2, y: (top + bottom) / 2, anchor: "middle", className: "note")
        continue
      }
      var scheduled: [(Int, Double)] = [], required: [(Int, Double)] = []
      for minute in window.slots {
        let row = day[minute]
        scheduled.append((minute, row?.scheduled ?? 0))
        required.append((minute, row?.required ?? 0))
        if let row, row.unmet > 0 {
          chart.add(
            "<rect x=\"\(SVG.n(x(Double(minute))))\" y=\"\(SVG.n(y(row.scheduled + row.unmet)))\" "
              + "width=\"\(SVG.n(x(Double(minute + step)) - x(Double(minute))))\" "
              + "height=\"\(SVG.n(y(row.scheduled) - y(row.scheduled + row.unmet)))\" fill=\"url(#\(hatchID))\" "
              + "stroke=\"\(unmetColor)\" stroke-width=\"0.6\"/>")
        }
      }
      let scheduledPath = stepPath(scheduled, step: step, x: x, y: y)
      chart.add(
        "<path d=\"\(scheduledPath) L\(SVG.n(x(Double(window.endMinute)))) \(SVG.n(y(0))) "
          + "L\(SVG.n(x(Double(window.startMinute)))) \(SVG.n(y(0))) Z\" fill=\"\(color)\" fill-opacity=\"0.25\"/>")
      chart.add("<path d=\"\(scheduledPath)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.6\"/>")
      chart.add(
        "<path d=\"\(stepPath(required, step: step, x: x, y: y))\" fill=\"none\" stroke=\"#222\" "
          + "stroke-width=\"1.3\" stroke-dasharray=\"4 2\"/>")
    }
    chart.legend([
      LegendItem(label: "required agents", swatch: .line(color: "#222", dashed: true)),
      LegendItem(label: "scheduled agents", swatch: .area(color: color, opacity: 0.5)),
      LegendItem(label: "unmet (below the floor or the requirement)", swatch: .pattern(id: hatchID)),
    ])
    chart.text("agents", x: 12, y: legendSpace + panelHeight / 2, anchor: "middle", className: "axis-label", rotate: true)
    return chart.render(title: "\(channel): required and scheduled agents per interval, each day")
  }

  /// A step line: each value held over its interval.
  private static func stepPath(_ points: [(Int, Double)], step: Int, x: LinearScale, y: LinearScale) -> String {
    var path = ""
    for (minute, value) in points {
      let left = SVG.n(x(Double(minute))), right = SVG.n(x(Double(minute + step))), level = SVG.n(y(value))
      path += path.isEmpty ? "M\(left) \(level) H\(right) " : "V\(level) H\(right) "
    }
    return path
  }
}
