import ArgumentParser
import Forecast
import Foundation
import Scheduler

/// `staffplan publish`: the customer-facing service coordinates, refused when validation says a
/// promise would be broken (docs/reference.md).
struct PublishCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "publish",
    abstract: "Publish the service coordinates (channels, hours, promises) once the roster keeps them.",
    discussion: HelpText.paragraphs(
      """
      Validates the roster against the forecast first (as staffplan validate, by formula). When a promise
      would be broken nothing is written and the exit status is 2, naming the channel, the promise and the
      strongest promise the roster does keep. The format follows the extension of --out: .md or .html.

      Example:
        staffplan publish --plan Data/demo --roster roster.csv --forecast forecast.csv --out coordinates.html --language pt
      """))

  @Option(help: "The plan folder (plan.yaml).")
  var plan: String
  @Option(help: "The roster (roster.csv).")
  var roster: String
  @Option(help: "The forecast file written by staffplan forecast.")
  var forecast: String
  @Option(help: "Where to write the coordinates: a .md or .html file.")
  var out: String
  @Option(help: "Language: en or pt.")
  var language: String = "en"

  func run() throws {
    guard let words = PublishLanguage.named(language) else {
      throw InputError(file: "--language", problem: "\"\(language)\" is not a supported language", remedy: "use en or pt")
    }
    let format = (out as NSString).pathExtension.lowercased()
    guard ["md", "markdown", "html", "htm"].contains(format) else {
      throw InputError(
        file: "--out", problem: "\"\(out)\" is neither Markdown nor HTML", remedy: "end the file name in .md or .html")
    }
    let input = try ValidationInput.load(planFolder: plan, rosterPath: roster, forecastPath: forecast, agentsPath: nil)
    let report = RosterValidator(week: input.week).validate()
    guard report.allKept else {
      throw PromiseBroken(
        message: ValidationInput.brokenMessage(report, command: "publish") + "\npublish: refused; nothing written")
    }
    let document = ServiceCoordinatesDocument(plan: input.plan, language: words)
    try AtomicFile.write(format.hasPrefix("htm") ? document.html() : document.markdown(), to: out)
    Progress.note("publish: all \(report.channels.count) promises kept; wrote \(out)")
  }
}
