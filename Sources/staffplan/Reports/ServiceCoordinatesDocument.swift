import Forecast
import Foundation
import Scheduler

/// The customer-facing service coordinates of a plan: channels, opening hours, promises, holidays,
/// as Markdown or HTML.
struct ServiceCoordinatesDocument {
  var plan: Plan
  var language: PublishLanguage
  /// Promises to publish instead of the plan's, by channel id (`--promise strongest`).
  var promises: [String: ServiceTarget] = [:]

  /// One section per channel: its title, then (label, text) lines.
  var sections: [(title: String, lines: [(String, String)])] {
    plan.channels.map { channel in
      var lines = [
        (language.hoursLabel, language.hours(channel.hours, firstDay: plan.week.weekday)),
        (language.promiseLabel, language.promise(promises[channel.id].map { target in
          var published = channel
          published.target = target
          return published
        } ?? channel)),
      ]
      // Once one channel opens on holidays, each channel says what it does on them.
      if !holidays.isEmpty, someChannelOpensOnHolidays {
        let ranges = channel.hours.holidayRanges ?? []
        lines.insert((language.holidayHoursLabel, ranges.isEmpty ? language.closed : ranges.map(\.text).joined(separator: ", ")), at: 1)
      }
      if channel.kind.isDeferred { lines.append(("", language.anyHourNote)) }
      return (language.channelTitle(channel), lines)
    }
  }

  /// Holidays from the roster week on (past ones mean nothing to a customer).
  var holidays: [String] { plan.holidays.sorted.filter { $0 >= plan.week }.map(language.dateText) }

  var title: String { "\(plan.name): \(language.title)" }

  /// "Closed on holidays", or "Holidays" when a channel opens on them (its section says when).
  var holidaysTitle: String {
    someChannelOpensOnHolidays ? language.holidaysOpenTitle : language.holidaysTitle
  }

  var someChannelOpensOnHolidays: Bool { plan.channels.contains { $0.hours.opensOnHolidays } }

  /// The week the promises were checked for.
  var validity: String {
    String(format: language.validity, language.dateText(plan.week), language.dateText(plan.week.adding(days: 6)))
  }

  func markdown() -> String {
    var text = "# \(title)\n\n\(validity)\n"
    for section in sections {
      text += "\n## \(section.title)\n\n"
      for (label, value) in section.lines { text += label.isEmpty ? "\n\(value)\n" : "- **\(label):** \(value)\n" }
    }
    text += "\n## \(holidaysTitle)\n\n"
    text += holidays.isEmpty ? "\(language.noHolidays)\n" : holidays.map { "- \($0)\n" }.joined()
    return text
  }

  func html() -> String {
    var body = "<h1>\(escape(title))</h1>\n<p>\(escape(validity))</p>\n"
    for section in sections {
      body += "<section>\n<h2>\(escape(section.title))</h2>\n<ul>\n"
      for (label, value) in section.lines {
        body += label.isEmpty ? "</ul>\n<p>\(escape(value))</p>\n<ul>\n" : "<li><strong>\(escape(label)):</strong> \(escape(value))</li>\n"
      }
      body += "</ul>\n</section>\n"
    }
    body += "<section>\n<h2>\(escape(holidaysTitle))</h2>\n"
    body += holidays.isEmpty ? "<p>\(escape(language.noHolidays))</p>\n" : "<ul>\n" + holidays.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
    body += "</section>\n"
    return """
      <!DOCTYPE html>
      <html lang="\(language.code)">
      <head>
      <meta charset="utf-8">
      <title>\(escape(title))</title>
      <style>body{font-family:system-ui,sans-serif;max-width:40em;margin:2em auto;line-height:1.5}</style>
      </head>
      <body>
      \(body)</body>
      </html>

      """
  }

  func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }
}
