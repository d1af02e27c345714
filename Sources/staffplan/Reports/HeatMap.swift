import Forecast
import Foundation

/// Service level per interval of one channel as a heat map: days as rows, time of day as columns.
///
/// Each cell is coloured against the channel's promise: red below the target, amber kept with less
/// than ``margin`` to spare, green kept by more; grey where the channel is closed or the files give
/// no service level. Hovering a cell shows its time and value.
enum HeatMap {
  /// How far above the target (as a fraction) a kept interval still counts as "near": 5 points.
  static let margin = 0.05
  static let below = "#D7263D"
  static let near = "#F4A300"
  static let above = "#2E9E5B"
  static let empty = "#ECECEC"

  /// The cell colour of a service level against a target share.
  static func color(serviceLevel: Double?, target: Double) -> String {
    guard let serviceLevel else { return empty }
    if serviceLevel < target - 1e-9 { return below }
    return serviceLevel < target + margin - 1e-9 ? near : above
  }

  static func svg(
    channel: String, target: ServiceTarget, levels: [Date: Double], calendar: PlanningCalendar
  ) -> String {
    let step = calendar.intervalLength.minutes
    var byDay: [LocalDate: [Int: Double]] = [:]
    for (start, level) in levels {
      let local = calendar.localTime(for: start)
      byDay[local.date, default: [:]][local.minuteOfDay] = level
    }
    let window = DayWindow(minutes: byDay.values.flatMap(\.keys), step: step)
    let rowHeight = 22.0
    var chart = SVGChart(height: 30 + 7 * rowHeight + 44, left: 124, top: 30, bottom: 44)
    let x = LinearScale(
      from: Double(window.startMinute)...Double(window.endMinute), start: chart.plotLeft, end: chart.plotRight)
    let width = x(Double(window.startMinute + step)) - x(Double(window.startMinute))
    for (row, date) in calendar.weekDays.enumerated() {
      let top = chart.plotTop + Double(row) * rowHeight
      let name = ReportFormat.day(date) + (calendar.holidays.contains(date) ? " (holiday)" : "")
      chart.text(name, x: chart.plotLeft - 6, y: top + rowHeight / 2 + 4, anchor: "end", className: "tick")
      let day = byDay[date] ?? [:]
      for minute in window.slots {
        let level = day[minute]
        let tip = "\(ReportFormat.day(date)) \(ReportFormat.clock(minutes: minute)): "
          + (level.map { ReportFormat.percent($0) } ?? "closed or no figure")
        chart.add(
          "<rect x=\"\(SVG.n(x(Double(minute))))\" y=\"\(SVG.n(top + 1))\" width=\"\(SVG.n(width - 0.6))\" "
            + "height=\"\(SVG.n(rowHeight - 2))\" fill=\"\(color(serviceLevel: level, target: target.share.fraction))\">"
            + "<title>\(HTMLText.escape(tip))</title></rect>")
      }
    }
    chart.xAxis(
      ticks: window.hourTicks(count: 12).map { (x(Double($0)), ReportFormat.clock(minutes: $0)) },
      label: "time of day (local), \(calendar.intervalLength.minutes)-minute intervals", gridlines: false)
    let share = target.share.fraction
    chart.legend([
      LegendItem(label: "below \(ReportFormat.percent(share, decimals: 0)) (promise broken)", swatch: .box(color: below)),
      LegendItem(
        label: "\(ReportFormat.percent(share, decimals: 0)) to \(ReportFormat.percent(min(1, share + margin), decimals: 0)) (kept, little margin)",
        swatch: .box(color: near)),
      LegendItem(label: "\(ReportFormat.percent(min(1, share + margin), decimals: 0)) or more", swatch: .box(color: above)),
      LegendItem(label: "closed / no figure", swatch: .box(color: empty)),
    ])
    return chart.render(title: "\(channel): service level per interval against \(target.text)")
  }
}
