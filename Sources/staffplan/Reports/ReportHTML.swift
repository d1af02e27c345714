import Forecast
import Foundation
import Scheduler

/// `report.html`: what a planner reads before publishing a roster, in one self-contained file.
///
/// Goals, in priority order:
/// 1. Honest: every number comes from the output files (`validation.json`, `schedule.json`,
///    `coverage.csv`, ...) as written, so the page never disagrees with them; a missing file is said.
/// 2. Self-contained: inline CSS and inline SVG, no scripts, fonts or links off the page, so it
///    opens offline, mails as one attachment and prints (A4 landscape, figures kept whole).
/// 3. Readable: promises first (kept / at risk / broken), then the solver's figures, the forecast,
///    cover per day, service level per interval and the roster; one colour per channel throughout.
/// 4. Deterministic: the same files give the same bytes (no generation time on the page).
///
/// Example:
/// ```swift
/// let html = try ReportHTML.render(folder: out, plan: plan, historyPath: "Data/demo/history.csv")
/// try AtomicFile.write(html, to: out.appendingPathComponent("report.html").path)
/// ```
enum ReportHTML {
  /// Renders the report from the files in `folder` (see ``ReportInput``) and, for the forecast
  /// charts' recent history, `historyPath`; `agents` give names to the roster's ids.
  static func render(folder: URL, plan: Plan, historyPath: String?, agents: [Agent] = []) throws -> String {
    render(input: try ReportInput.read(folder: folder, plan: plan, historyPath: historyPath), plan: plan, agents: agents)
  }

  /// Renders the report from files already read.
  static func render(input: ReportInput, plan: Plan, agents: [Agent] = []) -> String {
    let calendar = plan.calendar
    let channels = plan.channels.map(\.id)
    let palette = ChannelPalette(channels: channels)
    let lastDay = calendar.week.adding(days: 6)
    var html = head(title: "\(plan.name): staffing report, week of \(calendar.week.text)") + """
      <header>
      <h1>\(HTMLText.escape(plan.name))</h1>
      <p class="meta">Roster week <strong>\(ReportFormat.day(calendar.week)) – \(ReportFormat.day(lastDay)) \(lastDay.year)</strong>
       · time zone \(HTMLText.escape(calendar.timeZone.identifier)) (all times local)
       · \(calendar.intervalLength.minutes)-minute intervals</p>
      <p class="meta files">Generated from \(input.filesRead.map { "<code>\(HTMLText.escape($0))</code>" }.joined(separator: ", "))\
      \(input.filesMissing.isEmpty ? "" : "; not found: " + input.filesMissing.map { "<code>\(HTMLText.escape($0))</code>" }.joined(separator: ", ")).</p>
      <nav><a href="#promises">Promises</a><a href="#solver">Solver</a><a href="#forecast">Forecast</a>\
      <a href="#coverage">Cover</a><a href="#service-level">Service level</a><a href="#roster">Roster</a></nav>
      </header>

      """
    html += ReportSections.promises(input.promises, plan: plan, schedule: input.schedule)
    html += ReportSections.solver(input.schedule, coverage: input.coverage, plan: plan)

    html += "<section id=\"forecast\" class=\"charts\">\n<h2>Forecast against recent history</h2>\n"
    if let forecast = input.forecast {
      html += "<p class=\"lead\">Contacts per hour: the last \(ForecastChart.historyWeeks) weeks of history"
        + (input.history == nil ? " (no history file given)" : "")
        + ", then the forecast week with its 80% band (the sum of the intervals' bands: a cautious width).</p>\n"
      for channel in channels {
        html += figure(
          "\(channel)", sub: forecastSummary(forecast, channel: channel),
          ForecastChart.svg(
            channel: channel, color: palette.color(channel), history: input.history, forecast: forecast.rows,
            calendar: calendar))
      }
    } else {
      html += missing("forecast.csv")
    }
    html += "</section>\n"

    html += "<section id=\"coverage\" class=\"charts\">\n<h2>Cover: required and scheduled agents</h2>\n"
    if let coverage = input.coverage {
      html += "<p class=\"lead\">Agents per interval and day. Hatched red: agents unmet, each day's unmet "
        + "agent-hours in its title. A roster scheduled to the promise (the default) may stay under the dashed "
        + "line (the requirement at the target in every interval) by design: the week's promise is what counts, "
        + "and unmet is what falls below the interval floor (min_interval_service_level). With --objective "
        + "requirement, unmet is the gap under the dashed line.</p>\n"
      for (index, channel) in channels.enumerated() {
        html += figure(
          channel, sub: nil,
          CoverageChart.svg(
            channel: channel, id: "c\(index)", color: palette.color(channel), rows: coverage, calendar: calendar))
      }
    } else {
      html += missing("coverage.csv")
    }
    html += "</section>\n"

    html += "<section id=\"service-level\" class=\"charts\">\n<h2>Service level per interval</h2>\n"
    html += serviceLevels(input, plan: plan)
    html += "</section>\n"

    html += "<section id=\"roster\" class=\"charts\">\n<h2>Roster</h2>\n"
    if let roster = input.roster {
      html += ReportSections.rosterSummary(roster, plan: plan)
      let names = Dictionary(agents.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
      let window = GanttChart.window(roster, calendar: calendar)
      for date in calendar.weekDays {
        let day = roster.filter { $0.shiftDate == date }
        let work = day.filter { $0.activity == .work }.reduce(0) { $0 + $1.end.timeIntervalSince($1.start) } / 3600
        let shifts = "\(count(Set(day.map(\.agentID)).count, "shift")) starting this day, \(ReportFormat.hours(work)) of work in them"
        // A holiday with a channel open on it (an emergency line) has shifts to count too.
        let sub = calendar.holidays.contains(date) ? (day.isEmpty ? "holiday" : "holiday: " + shifts) : shifts
        html += figure(
          ReportFormat.longDay(date), sub: sub,
          GanttChart.svg(
            date: date, segments: roster, names: names, palette: palette, channels: channels, window: window,
            calendar: calendar))
      }
    } else {
      html += missing("roster.csv")
    }
    html += "</section>\n</main>\n</body>\n</html>\n"
    return html
  }

  /// Heat maps from validation.csv's per-interval service level, else coverage.csv's.
  private static func serviceLevels(_ input: ReportInput, plan: Plan) -> String {
    var levels = input.intervalServiceLevels ?? [:]
    var source = "validation.csv"
    if levels.values.allSatisfy(\.isEmpty), let coverage = input.coverage {
      levels = [:]
      source = "coverage.csv"
      for row in coverage { if let level = row.serviceLevel { levels[row.channel, default: [:]][row.start] = level } }
    }
    guard input.intervalServiceLevels != nil || input.coverage != nil else {
      return missing("validation.csv or coverage.csv")
    }
    var html = "<p class=\"lead\">Share of contacts answered within the promised time, per interval (from "
      + "<code>\(source)</code>), against each channel's promise. Rows are days, columns the time of day.</p>\n"
    for channel in plan.channels {
      guard let channelLevels = levels[channel.id], !channelLevels.isEmpty else {
        html += "<h3>\(HTMLText.escape(channel.id))</h3>\n<p class=\"meta\">No per-interval service level in "
          + "<code>\(source)</code> for this channel"
          + (channel.kind.isDeferred ? " (deferred work is judged over its answer time, see the promises table)." : ".")
          + "</p>\n"
        continue
      }
      html += figure(
        channel.id, sub: "promise \(channel.target.text)",
        HeatMap.svg(channel: channel.id, target: channel.target, levels: channelLevels, calendar: plan.calendar))
    }
    return html
  }

  private static func forecastSummary(_ forecast: ForecastTable, channel: String) -> String {
    let rows = forecast.rows.filter { $0.channel == channel }
    let total = rows.reduce(0) { $0 + $1.volume }
    let methods = Set(rows.map(\.method).filter { !$0.isEmpty }).sorted()
    return "\(ReportFormat.number(total, decimals: 0)) contacts forecast"
      + (methods.isEmpty ? "" : ", method \(methods.joined(separator: ", "))")
  }

  /// A figure with its caption; `svg` is trusted markup, the captions are escaped.
  /// The page up to `<main>`: doctype, title, the report's style sheet.
  static func head(title: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(HTMLText.escape(title))</title>
    <style>
    \(ReportStyle.css)
    </style>
    </head>
    <body>
    <main>

    """
  }

  static func figure(_ title: String, sub: String?, _ svg: String) -> String {
    let subtitle = sub.map { " <span class=\"sub\">· \(HTMLText.escape($0))</span>" } ?? ""
    return "<figure>\n<figcaption>\(HTMLText.escape(title))\(subtitle)</figcaption>\n\(svg)\n</figure>\n"
  }

  /// `1 agent`, `3 agents`.
  static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

  static func missing(_ file: String) -> String {
    "<p class=\"note-box\">\(HTMLText.escape(file)) was not found in the output folder: nothing to show here.</p>\n"
  }
}
