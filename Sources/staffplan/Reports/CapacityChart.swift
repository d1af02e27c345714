import Forecast
import Foundation
import Scheduler

/// Required against effective FTE week by week, head count, overtime and shortfall shaded, and each
/// class's hires as bars below (docs/capacity.md).
enum CapacityChart {
  static func svg(_ plan: CapacityPlan) -> String {
    let weeks = plan.weeks
    var chart = SVGChart(height: 380, bottom: 48)
    let barsTop = chart.plotBottom - 70
    let x = LinearScale(from: 0...Double(weeks.count), start: chart.plotLeft, end: chart.plotRight)
    let maximum = weeks.map { max($0.requiredFTE, $0.headcount, $0.effectiveFTE + $0.overtimeFTE) }.max() ?? 1
    let y = chart.yAxis(maximum: maximum, label: "FTE", bottom: barsTop - 10)
    let step = max(1, weeks.count / 13)
    chart.xAxis(
      ticks: weeks.indices.filter { $0 % step == 0 }.map { (x(Double($0) + 0.5), ReportFormat.dayMonth(weeks[$0].start)) },
      label: "week starting (shaded red: FTE short; orange: overtime)")
    // Shortfall and overtime: the band between effective FTE and required, week by week.
    for (index, week) in weeks.enumerated() {
      let left = x(Double(index)), width = x(Double(index + 1)) - left
      if week.overtimeFTE > 0.005 {
        chart.add(rect(left, y(week.effectiveFTE + week.overtimeFTE), width, y(week.effectiveFTE) - y(week.effectiveFTE + week.overtimeFTE), "#f0a030", 0.5))
      }
      if week.shortfallFTE > 0.005 {
        let base = week.effectiveFTE + week.overtimeFTE
        chart.add(rect(left, y(week.requiredFTE), width, y(base) - y(week.requiredFTE), "#d03030", 0.45))
      }
    }
    chart.add(stepLine(weeks.map(\.requiredFTE), x: x, y: y, color: "#222", width: 2, dashed: false))
    chart.add(stepLine(weeks.map(\.effectiveFTE), x: x, y: y, color: "#2a7ab8", width: 2, dashed: false))
    chart.add(stepLine(weeks.map(\.headcount), x: x, y: y, color: "#2a7ab8", width: 1.2, dashed: true))
    // Hires per class as bars in the bottom band.
    let most = Double(weeks.map(\.hires).max() ?? 0)
    if most > 0 {
      let bars = LinearScale(from: 0...most, start: chart.plotBottom, end: barsTop)
      chart.text("hires per class", x: chart.plotLeft + 4, y: barsTop - 2, className: "note")
      for (index, week) in weeks.enumerated() where week.hires > 0 {
        let left = x(Double(index)) + 1, width = x(Double(index + 1)) - x(Double(index)) - 2
        chart.add(rect(left, bars(Double(week.hires)), width, chart.plotBottom - bars(Double(week.hires)), "#5a9e4b", 0.9))
        chart.text(String(week.hires), x: left + width / 2, y: bars(Double(week.hires)) - 3, anchor: "middle", className: "tick")
      }
    }
    chart.legend([
      LegendItem(label: "required FTE", swatch: .line(color: "#222", dashed: false)),
      LegendItem(label: "effective FTE", swatch: .line(color: "#2a7ab8", dashed: false)),
      LegendItem(label: "head count (paid)", swatch: .line(color: "#2a7ab8", dashed: true)),
      LegendItem(label: "short", swatch: .area(color: "#d03030", opacity: 0.45)),
      LegendItem(label: "overtime", swatch: .area(color: "#f0a030", opacity: 0.5)),
      LegendItem(label: "hires", swatch: .box(color: "#5a9e4b")),
    ])
    return chart.render(title: "Required against effective FTE per week, with hiring classes")
  }

  private static func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, _ color: String, _ opacity: Double) -> String {
    "<rect x=\"\(SVG.n(x))\" y=\"\(SVG.n(y))\" width=\"\(SVG.n(width))\" height=\"\(SVG.n(max(0, height)))\" fill=\"\(color)\" fill-opacity=\"\(opacity)\"/>"
  }

  /// A step line: flat across each week.
  private static func stepLine(_ values: [Double], x: LinearScale, y: LinearScale, color: String, width: Double, dashed: Bool) -> String {
    var path = ""
    for (index, value) in values.enumerated() {
      path += "\(index == 0 ? "M" : "L")\(SVG.n(x(Double(index)))) \(SVG.n(y(value))) L\(SVG.n(x(Double(index + 1)))) \(SVG.n(y(value))) "
    }
    let dash = dashed ? " stroke-dasharray=\"5 4\"" : ""
    return "<path d=\"\(path)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"\(width)\"\(dash)/>"
  }
}
