import Forecast
import Foundation

/// The line chart of one channel's recent history and the forecast week with its 80 % band.
///
/// Contacts are summed per wall-clock hour so four weeks fit one chart: the last `historyWeeks`
/// weeks of history.csv before the roster week (grey; days without data leave a gap), then the
/// forecast (channel colour) and its band. The hourly band sums the intervals' 10th and 90th
/// percentiles, which is wider than the hour's own 80 % interval: a cautious picture.
enum ForecastChart {
  static let historyWeeks = 3

  static func svg(
    channel: String, color: String, history: ContactHistory?, forecast: [ForecastTable.Row],
    calendar: PlanningCalendar
  ) -> String {
    let firstDay = calendar.week.adding(days: -7 * historyWeeks)
    let hours = (historyWeeks + 1) * 7 * 24
    var past = [Double](repeating: .nan, count: hours)
    for (date, day) in history?.days(of: channel) ?? [] {
      let offset = firstDay.distance(to: date)
      guard offset >= 0, offset < historyWeeks * 7 else { continue }
      for hour in 0..<24 { past[offset * 24 + hour] = 0 }
      let minutes = calendar.intervalLength.minutes
      for (slot, contacts) in day.contacts.enumerated() {
        past[offset * 24 + min(23, slot * minutes / 60)] += contacts
      }
    }
    var mean = [Double](repeating: .nan, count: hours), low = mean, high = mean
    let forecastStart = historyWeeks * 7 * 24
    for hour in forecastStart..<hours {
      mean[hour] = 0
      low[hour] = 0
      high[hour] = 0
    }
    for row in forecast where row.channel == channel {
      let local = calendar.localTime(for: row.start)
      let hour = firstDay.distance(to: local.date) * 24 + local.hour
      guard hour >= forecastStart, hour < hours else { continue }
      mean[hour] += row.volume
      low[hour] += row.low
      high[hour] += row.high
    }

    var chart = SVGChart(height: 270)
    let x = LinearScale(from: 0...Double(hours), start: chart.plotLeft, end: chart.plotRight)
    let maximum = max(past.filter { !$0.isNaN }.max() ?? 0, high.filter { !$0.isNaN }.max() ?? 0)
    chart.add(
      "<rect x=\"\(SVG.n(x(Double(forecastStart))))\" y=\"\(SVG.n(chart.plotTop))\" "
        + "width=\"\(SVG.n(chart.plotRight - x(Double(forecastStart))))\" "
        + "height=\"\(SVG.n(chart.plotBottom - chart.plotTop))\" class=\"forecast-week\"/>")
    let y = chart.yAxis(maximum: maximum, label: "contacts per hour")
    // Gridlines at midnight, each day's label centred under its day.
    let days = 0..<(hours / 24)
    chart.xAxis(ticks: days.map { (x(Double($0 * 24)), "") }, label: "")
    chart.xAxis(
      ticks: days.map { day in
        let date = firstDay.adding(days: day)
        return (x(Double(day * 24 + 12)), day % 7 == 0 ? ReportFormat.dayMonth(date) : String(date.day))
      },
      label: "day (local time); weeks start on \(calendar.week.weekday.name.capitalized); shaded: the forecast week",
      gridlines: false, marks: false)
    chart.text(
      "forecast week", x: x(Double(forecastStart)) + 4, y: chart.plotTop + 12, className: "note")

    var band = ""
    for hour in forecastStart..<hours { band += "\(band.isEmpty ? "M" : "L")\(SVG.n(x(Double(hour) + 0.5))) \(SVG.n(y(high[hour]))) " }
    for hour in (forecastStart..<hours).reversed() { band += "L\(SVG.n(x(Double(hour) + 0.5))) \(SVG.n(y(low[hour]))) " }
    chart.add("<path d=\"\(band)Z\" fill=\"\(color)\" fill-opacity=\"0.22\" stroke=\"none\"/>")
    chart.add(
      "<path d=\"\(line(past, x: x, y: y))\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.2\"/>")
    chart.add(
      "<path d=\"\(line(mean, x: x, y: y))\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.8\"/>")
    chart.legend([
      LegendItem(label: "history, last \(historyWeeks) weeks", swatch: .line(color: "#555", dashed: false)),
      LegendItem(label: "forecast", swatch: .line(color: color, dashed: false)),
      LegendItem(label: "80% band", swatch: .area(color: color, opacity: 0.22)),
    ])
    return chart.render(title: "\(channel): contacts per hour, history and forecast")
  }

  /// A polyline through the hour centres, broken where a value is missing (NaN).
  private static func line(_ values: [Double], x: LinearScale, y: LinearScale) -> String {
    var path = ""
    var drawing = false
    for (hour, value) in values.enumerated() {
      guard !value.isNaN else {
        drawing = false
        continue
      }
      path += "\(drawing ? "L" : "M")\(SVG.n(x(Double(hour) + 0.5))) \(SVG.n(y(value))) "
      drawing = true
    }
    return path.isEmpty ? "M0 0" : path
  }
}
